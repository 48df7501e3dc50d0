using System.Globalization;
using System.Text;

namespace NkHandouts.Readiness.Tests;

/// <summary>
/// Hand-written PDF fixtures, independent of the project's writer: standard-14 fonts (Helvetica, Courier, their
/// bold and oblique faces, metrics built into every reader), text at exact positions, colours and filled boxes.
/// Courier advances 0.6 em per character, so line lengths in fixtures are exact.
/// </summary>
internal sealed class FixturePdf
{
    public const double Width = 595.28;
    public const double Height = 841.89;

    private static readonly string[] Fonts = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Courier"];
    private readonly List<StringBuilder> _pages = [];

    public FixturePdf Page()
    {
        _pages.Add(new StringBuilder());
        return this;
    }

    /// <summary>Text with its baseline at (x, y) from the bottom left. Font: Helvetica, Helvetica-Bold, Helvetica-Oblique or Courier.</summary>
    public FixturePdf Text(double x, double y, double size, string text, string font = "Helvetica", string colour = "#000000")
    {
        var (r, g, b) = Rgb(colour);
        var f = Array.IndexOf(Fonts, font) + 1;
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        Current.Append(CultureInfo.InvariantCulture, $"{r} {g} {b} rg BT /F{f} {N(size)} Tf {N(x)} {N(y)} Td ({escaped}) Tj ET\n");
        return this;
    }

    public FixturePdf Box(double x, double y, double w, double h, string colour)
    {
        var (r, g, b) = Rgb(colour);
        Current.Append(CultureInfo.InvariantCulture, $"{r} {g} {b} rg {N(x)} {N(y)} {N(w)} {N(h)} re f\n");
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
            objects.Add($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}endstream");
            var contentId = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(Width)} {N(Height)}] /Resources {resources} /Contents {contentId} 0 R >>");
            kids.Add(objects.Count);
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private StringBuilder Current => _pages.Count > 0 ? _pages[^1] : Page()._pages[^1];

    private static (string R, string G, string B) Rgb(string hex)
    {
        var v = Convert.ToInt32(hex.TrimStart('#'), 16);
        return (N(((v >> 16) & 255) / 255.0), N(((v >> 8) & 255) / 255.0), N((v & 255) / 255.0));
    }

    private static string N(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
