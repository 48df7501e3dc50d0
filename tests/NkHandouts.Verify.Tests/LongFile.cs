using NkHandouts.Layout;
using NkHandouts.Pdf;

namespace NkHandouts.Verify.Tests;

/// <summary>A long tagged PDF made by the real layout engine and PDF writer: sections of a heading and 13 paragraphs,
/// a little under a page each (400 sections make 390 pages, about 15 structure elements a page), as the benchmarks'
/// long document.</summary>
public static class LongFile
{
    private static readonly string[] Words =
        "your care team will explain each step of the treatment natural killer cells are part of the immune system and help the body find cancer cells".Split(' ');

    public static byte[] Render(int sections)
    {
        var fonts = Path.Combine(Repo.Templates, "patient-leaflet", "fonts");
        var family = new FontLocator([
            ("DejaVu Sans", FontStyle.Regular, Path.Combine(fonts, "DejaVuSans.ttf")),
            ("DejaVu Sans", FontStyle.Bold, Path.Combine(fonts, "DejaVuSans-Bold.ttf"))], []).Family("DejaVu Sans");
        var body = new TextStyle(family, 11, Rgb.Black);
        var heading = body with { Size = 16, FontStyle = FontStyle.Bold };
        var children = new List<Element>();
        var rng = new Random(42);
        for (var p = 0; p < sections; p++)
        {
            children.Add(Compose.Text($"Section {p + 1}", heading).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext());
            for (var i = 0; i < 13; i++)
            {
                children.Add(Compose.Text(string.Join(' ', Enumerable.Range(0, 36).Select(_ => Words[rng.Next(Words.Length)])) + ".", body).Tag(StructureTag.P));
            }
        }

        var layout = new DocumentLayout(new PageGeometry(595.28, 841.89, 50, 50, 50, 50), Compose.Column(6, children).Tag(StructureTag.Sect));
        using var stream = new MemoryStream();
        PdfDocumentWriter.Write(layout, new PdfMetadata("Long file", "en-GB", DateTimeOffset.UnixEpoch), stream);
        return stream.ToArray();
    }
}
