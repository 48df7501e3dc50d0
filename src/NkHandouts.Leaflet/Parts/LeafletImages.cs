using System.Xml;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// Reads the leaflet's untrusted images and logo: a size cap before reading, <see cref="ImageProbe"/> before any
/// decoder (corrupt, unsupported or over the pixel limit: a located NK405 error, never an exception), and
/// <see cref="SvgSafety"/> for SVG logos (no DTD, nothing fetched or run; what was dropped is a warning).
/// </summary>
internal sealed class LeafletImages(TemplateLimits limits, DiagnosticBag diagnostics)
{
    /// <summary>Largest image or logo file read.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>A PNG or JPEG, or null after an error at <paramref name="at"/>.</summary>
    public ImageData? Raster(string path, SourceLocation at)
    {
        var name = Path.GetFileName(path);
        if (Read(path, at) is not { } bytes)
        {
            return null;
        }

        if (ImageProbe.Check(bytes, limits.MaxImagePixels, out var reason) is { } data)
        {
            return data;
        }

        diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"image '{name}' is refused: {reason}",
            reason!.Contains("limit", StringComparison.Ordinal)
                ? "scale the image down (300 dpi at its printed size is enough), or raise limits.maxImagePixels in the template"
                : "re-export the image as PNG or JPEG");
        return null;
    }

    /// <summary>An SVG drawn as vectors, or null after an error located in the SVG file.</summary>
    public VectorImage? Svg(string path)
    {
        var name = Path.GetFileName(path);
        var at = SourceLocation.FileOnly(path);
        if (Read(path, at) is not { } bytes)
        {
            return null;
        }

        var text = IO.SourceFile.Decode(bytes, path, diagnostics, "the SVG file");
        if (text is null)
        {
            return null;
        }

        VectorImage image;
        IReadOnlyList<string> unsupported;
        try
        {
            image = SvgReader.Read(text, out unsupported);
            foreach (var finding in SvgSafety.Findings(SvgSafety.Load(text)))
            {
                diagnostics.Warning(DiagnosticCodes.UnsupportedSvg, at, $"{name}: {finding}", "remove scripts and external references; embed everything as plain shapes");
            }
        }
        catch (XmlException e)
        {
            NkHandouts.IO.SvgRefusal.Report(e, path, name, diagnostics);
            return null;
        }
        catch (FormatException e)
        {
            diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"'{name}' is refused: {e.Message}", "re-export the SVG from your drawing program");
            return null;
        }

        foreach (var u in unsupported.Distinct())
        {
            diagnostics.Warning(DiagnosticCodes.UnsupportedSvg, at, $"'{u}' in the logo is not drawn", "convert text to paths; drop transforms and gradients");
        }

        return image;
    }

    private byte[]? Read(string path, SourceLocation at)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.ImageRefused, at, $"image '{name}' is refused: it is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}", "scale the image down or compress it");
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.MissingImage, at, $"image '{name}' could not be read: {e.Message}", "check that the file exists and is readable");
            return null;
        }
    }
}
