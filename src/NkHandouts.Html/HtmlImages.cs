using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary>
/// Reads the article's images and the template's logo into data URIs, with the same checks as every other output:
/// a file-size cap before reading, <see cref="ImageProbe"/> for PNG and JPEG (format, pixel limit, damage), and
/// <see cref="SvgSafety"/> for SVG (no DTD; scripts and external references are reported — an SVG shown through
/// <c>&lt;img&gt;</c> never runs or fetches them, but the author should know they are there).
/// </summary>
internal sealed class HtmlImages(TemplateLimits limits, DiagnosticBag diagnostics)
{
    /// <summary>Largest image or logo file read.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    public EmbeddedImage? Read(string path, SourceLocation at)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"image '{name}' is refused: it is {info.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; the limit is {MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)}", "scale the image down or compress it");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.MissingImage, at, $"image '{name}' could not be read: {e.Message}", "check that the file exists and is readable");
            return null;
        }

        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? Svg(bytes, path, name) : Raster(bytes, name, at);
    }

    private EmbeddedImage? Raster(byte[] bytes, string name, SourceLocation at)
    {
        if (ImageProbe.Check(bytes, limits.MaxImagePixels, out var reason) is not { } data)
        {
            diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"image '{name}' is refused: {reason}",
                reason!.Contains("limit", StringComparison.Ordinal)
                    ? "scale the image down, or raise limits.maxImagePixels in the template"
                    : "re-export the image as PNG or JPEG");
            return null;
        }

        var mime = data.Format == ImageFormat.Png ? "image/png" : "image/jpeg";
        return new EmbeddedImage($"data:{mime};base64,{Convert.ToBase64String(bytes)}", data.PixelWidth, data.PixelHeight);
    }

    private EmbeddedImage? Svg(byte[] bytes, string path, string name)
    {
        var at = SourceLocation.FileOnly(path);
        if (NkHandouts.IO.SourceFile.Decode(bytes, path, diagnostics, "the SVG file") is not { } text)
        {
            return null;
        }

        XDocument doc;
        try
        {
            doc = SvgSafety.Load(text);
        }
        catch (XmlException e)
        {
            NkHandouts.IO.SvgRefusal.Report(e, path, name, diagnostics);
            return null;
        }

        if (doc.Root?.Name.LocalName != "svg")
        {
            diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"'{name}' is refused: its root element is not <svg>", "re-export the SVG from your drawing program");
            return null;
        }

        foreach (var finding in SvgSafety.Findings(doc))
        {
            diagnostics.Warning(DiagnosticCodes.UnsupportedSvg, at, $"{name}: {finding}", "remove scripts and external references; embed everything as plain shapes");
        }

        var (w, h) = (Pixels(doc.Root.Attribute("width")?.Value), Pixels(doc.Root.Attribute("height")?.Value));
        return new EmbeddedImage("data:image/svg+xml;base64," + Convert.ToBase64String(bytes), w, h);
    }

    /// <summary>A plain or <c>px</c> SVG length as whole CSS pixels; null for percentages and other units.</summary>
    private static int? Pixels(string? value)
    {
        var v = value?.Trim();
        if (v is null)
        {
            return null;
        }

        v = v.EndsWith("px", StringComparison.Ordinal) ? v[..^2] : v;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 20_000 ? (int)Math.Round(d) : null;
    }
}
