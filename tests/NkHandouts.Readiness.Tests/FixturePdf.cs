using System.Globalization;
using System.Text;

namespace NkHandouts.Readiness.Tests;

/// <summary>
/// Hand-written PDF fixtures, independent of the project's writer: standard-14 fonts (Helvetica, Courier, their
/// bold and oblique faces, metrics built into every reader), text at exact positions, colours and filled boxes.
/// Courier advances 0.6 em per character, so line lengths in fixtures are exact. Colours are "#RRGGBB" (DeviceRGB)
/// or "cmyk(C,M,Y,K)" in percent (DeviceCMYK); <see cref="OutputIntent"/> embeds a print file's CMYK profile.
/// </summary>
internal sealed class FixturePdf
{
    public const double Width = 595.28;
    public const double Height = 841.89;

    private static readonly string[] Fonts = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Courier"];
    private readonly List<StringBuilder> _pages = [];
    private (byte[] Icc, string Identifier)? _intent;

    /// <summary>A PDF/X-style output intent (GTS_PDFX) whose DestOutputProfile is <paramref name="icc"/>, Flate-compressed.</summary>
    public FixturePdf OutputIntent(byte[] icc, string identifier)
    {
        _intent = (icc, identifier);
        return this;
    }

    public FixturePdf Page()
    {
        _pages.Add(new StringBuilder());
        return this;
    }

    /// <summary>Text with its baseline at (x, y) from the bottom left. Font: Helvetica, Helvetica-Bold, Helvetica-Oblique or Courier.</summary>
    public FixturePdf Text(double x, double y, double size, string text, string font = "Helvetica", string colour = "#000000")
    {
        var f = Array.IndexOf(Fonts, font) + 1;
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        Current.Append(CultureInfo.InvariantCulture, $"{Fill(colour)} BT /F{f} {N(size)} Tf {N(x)} {N(y)} Td ({escaped}) Tj ET\n");
        return this;
    }

    public FixturePdf Box(double x, double y, double w, double h, string colour)
    {
        Current.Append(CultureInfo.InvariantCulture, $"{Fill(colour)} {N(x)} {N(y)} {N(w)} {N(h)} re f\n");
        return this;
    }

    /// <summary>A paragraph of Courier lines, <paramref name="leading"/> × size apart, from the top down.</summary>
    public FixturePdf Lines(double x, double top, double size, double leading, IEnumerable<string> lines, string font = "Courier", string colour = "#000000")
    {
        var y = top;
        foreach (var line in lines)
        {
            Text(x, y, size, line, font, colour);
            y -= size * leading;
        }

        return this;
    }

    /// <summary>Ragged-right body text that fills the page from <paramref name="top"/> down to <paramref name="bottom"/>.</summary>
    public FixturePdf Filled(double top = 800, double bottom = 60, double size = 12, string font = "Courier")
    {
        var lines = new List<string>();
        for (var y = top; y >= bottom; y -= size * 1.4)
        {
            lines.Add(Sentence(lines.Count, 48 + lines.Count * 7 % 17)); // ragged right, 48-64 characters
        }

        return Lines(50, top, size, 1.4, lines, font);
    }

    public static string Sentence(int seed, int length)
    {
        string[] words = ["your", "care", "team", "can", "help", "with", "questions", "about", "the", "treatment", "and", "what", "comes", "next"];
        var sb = new StringBuilder();
        for (var i = seed; sb.Length < length; i++)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(words[i % words.Length]);
        }

        return sb.ToString()[..length].TrimEnd();
    }

    public byte[] Build()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // pages, filled below
        };
        var fontIds = new List<int>();
        foreach (var f in Fonts)
        {
            objects.Add($"<< /Type /Font /Subtype /Type1 /BaseFont /{f} /Encoding /WinAnsiEncoding >>");
            fontIds.Add(objects.Count);
        }

        var resources = "<< /Font << " + string.Join(" ", fontIds.Select((id, i) => $"/F{i + 1} {id} 0 R")) + " >> >>";
        var kids = new List<int>();
        foreach (var page in _pages)
        {
            var content = page.ToString();
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}endstream");
            var contentId = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(Width)} {N(Height)}] /Resources {resources} /Contents {contentId} 0 R >>");
            kids.Add(objects.Count);
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        if (_intent is { } intent)
        {
            // Latin-1 keeps every byte of the compressed profile as one character, so offsets stay byte offsets.
            var packed = new MemoryStream();
            using (var z = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(intent.Icc);
            }

            objects.Add($"<< /N 4 /Filter /FlateDecode /Length {packed.Length} >>\nstream\n{Encoding.Latin1.GetString(packed.ToArray())}\nendstream");
            objects.Add($"<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier ({intent.Identifier}) /DestOutputProfile {objects.Count} 0 R >>");
            objects[0] = $"<< /Type /Catalog /Pages 2 0 R /OutputIntents [{objects.Count} 0 R] >>";
        }

        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private StringBuilder Current => _pages.Count > 0 ? _pages[^1] : Page()._pages[^1];

    /// <summary>The fill-colour operator for "#RRGGBB" (rg) or "cmyk(C,M,Y,K)" in percent (k).</summary>
    private static string Fill(string colour)
    {
        if (colour.StartsWith("cmyk(", StringComparison.Ordinal))
        {
            var inks = colour[5..^1].Split(',').Select(v => N(double.Parse(v, CultureInfo.InvariantCulture) / 100));
            return string.Join(" ", inks) + " k";
        }

        var (r, g, b) = Rgb(colour);
        return $"{r} {g} {b} rg";
    }

    private static (string R, string G, string B) Rgb(string hex)
    {
        var v = Convert.ToInt32(hex.TrimStart('#'), 16);
        return (N(((v >> 16) & 255) / 255.0), N(((v >> 8) & 255) / 255.0), N((v & 255) / 255.0));
    }

    private static string N(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
