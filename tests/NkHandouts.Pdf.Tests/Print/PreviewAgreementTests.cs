using SkiaSharp;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>The SkiaSharp previews against poppler's rendering of the same PDF, at 50 dpi.</summary>
[Collection(PrintCollection.Name)]
public sealed class PreviewAgreementTests(PrintFixture print)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Every_output_has_one_preview_a_page_and_a_contact_sheet()
    {
        foreach (var o in print.Outputs.Values)
        {
            var folder = LeafletRenderer.PreviewFolder(o.Plan.FileName);
            var names = o.Result.ExtraFiles.Select(f => f.FileName).ToList();
            Assert.Equal([.. Enumerable.Range(1, o.Result.Pages).Select(n => $"{folder}/page-{n}.png"), $"{folder}/contact-sheet.png"], names);
            Assert.All(o.Result.ExtraFiles, f => Assert.True(f.Content.AsSpan().StartsWith(PngSignature), f.FileName));
        }
    }

    [Fact]
    public void Preview_pixel_sizes_match_pdftoppm()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        foreach (var o in print.Outputs.Values)
        {
            var poppler = print.PopplerPages(o);
            var previews = o.Result.ExtraFiles.Where(f => !f.FileName.EndsWith("contact-sheet.png", StringComparison.Ordinal)).ToList();
            Assert.Equal(poppler.Length, previews.Count);
            for (var i = 0; i < previews.Count; i++)
            {
                using var p = SKBitmap.Decode(poppler[i]);
                using var s = SKBitmap.Decode(previews[i].Content);
                Assert.True((p.Width, p.Height) == (s.Width, s.Height), $"{o.Plan.FileName} page {i + 1}: pdftoppm {p.Width}×{p.Height}, preview {s.Width}×{s.Height}");
            }
        }
    }

    /// <summary>Dark ink (text, rules, marks) in one image has ink within 3 px in the other, both ways, for at least
    /// 97 % of its pixels: text blocks land where the PDF puts them. "Dark" is stricter than "ink" because poppler
    /// draws glyphs heavier than Skia's unhinted antialiasing at 50 dpi; the shapes and places agree.</summary>
    [Fact]
    public void Previews_and_pdftoppm_put_ink_in_the_same_places()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        var report = new List<string>();
        foreach (var o in print.Outputs.Values)
        {
            var poppler = print.PopplerPages(o);
            for (var i = 0; i < poppler.Length; i++)
            {
                using var p = SKBitmap.Decode(poppler[i]);
                using var s = SKBitmap.Decode(o.Result.ExtraFiles[i].Content);
                var ab = Covered(Ink(p, 110), Ink(s, 200), p.Width, p.Height);
                var ba = Covered(Ink(s, 110), Ink(p, 200), p.Width, p.Height);
                if (ab < 0.97 || ba < 0.97)
                {
                    report.Add($"{o.Plan.FileName} page {i + 1}: {ab:P1} / {ba:P1}");
                }
            }
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    private static bool[] Ink(SKBitmap b, double below)
    {
        var ink = new bool[b.Width * b.Height];
        for (var y = 0; y < b.Height; y++)
        {
            for (var x = 0; x < b.Width; x++)
            {
                var c = b.GetPixel(x, y);
                ink[y * b.Width + x] = 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue < below;
            }
        }

        return ink;
    }

    /// <summary>Share of <paramref name="a"/>'s ink pixels with ink of <paramref name="b"/> within 3 px.</summary>
    private static double Covered(bool[] a, bool[] b, int w, int h)
    {
        const int r = 3;
        int total = 0, hit = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (!a[y * w + x])
                {
                    continue;
                }

                total++;
                var found = false;
                for (var dy = -r; dy <= r && !found; dy++)
                {
                    for (var dx = -r; dx <= r && !found; dx++)
                    {
                        var xx = x + dx;
                        var yy = y + dy;
                        found = xx >= 0 && yy >= 0 && xx < w && yy < h && b[yy * w + xx];
                    }
                }

                if (found)
                {
                    hit++;
                }
            }
        }

        return total == 0 ? 1 : hit / (double)total;
    }
}
