using NkHandouts.Layout;
using NkHandouts.Pdf;

namespace NkHandouts.Pdf.Tests;

public class ProbeTests
{
    [Fact]
    public void Probe()
    {
        var fam = new FontLocator([]).Family("DejaVu Sans");
        var style = new TextStyle(fam, 12, Rgb.Black);
        var paras = Enumerable.Range(0, 60).Select(i => Compose.Text($"Paragraph {i} γ → • lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.", style).Tag(StructureTag.P));
        var content = Compose.Column(6, [Compose.Text("Title", style with { Size = 24 }).Tag(StructureTag.H1).Bookmark(1, "Title"), .. paras]).Tag(StructureTag.Sect);
        var layout = new DocumentLayout(new PageGeometry(595, 842, 50, 50, 50, 50), content) { Footer = Compose.PageText((p, n) => $"Page {p} of {n}", style) };
        using var f = File.Create("/tmp/probe.pdf");
        PdfDocumentWriter.Write(layout, new PdfMetadata("Probe", "en-GB", DateTimeOffset.UnixEpoch), f);
    }
}
