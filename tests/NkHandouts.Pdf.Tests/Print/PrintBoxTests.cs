using System.Globalization;
using System.Text.RegularExpressions;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>Page boxes as poppler reads them: screen files are trim size with all boxes equal; print files have
/// TrimBox = the finished size, BleedBox 3 mm larger all round, and a MediaBox with room for the marks.</summary>
[Collection(PrintCollection.Name)]
public sealed partial class PrintBoxTests(PrintFixture print)
{
    private const double Mm = 72 / 25.4;

    public static TheoryData<string, string, double, double> Variants => new()
    {
        { "patient-leaflet", "a4", 210, 297 },
        { "patient-leaflet", "letter", 215.9, 279.4 },
        { "trifold-leaflet", "a4", 297, 210 },
        { "trifold-leaflet", "letter", 279.4, 215.9 },
        { "booklet-a5", "a5", 148, 210 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Print_variant_has_bleed_and_trim_inside_the_media(string template, string size, double widthMm, double heightMm)
    {
        var pages = Boxes(print.Get(template, size + ".print").Path);
        Assert.NotEmpty(pages);
        foreach (var p in pages)
        {
            AssertSize(p["TrimBox"], widthMm, heightMm);
            AssertSize(p["BleedBox"], widthMm + 6, heightMm + 6);
            Assert.True(Contains(p["MediaBox"], p["BleedBox"]) && Contains(p["BleedBox"], p["TrimBox"]), "MediaBox ⊇ BleedBox ⊇ TrimBox");
            Assert.Equal(3 * Mm, p["TrimBox"][0] - p["BleedBox"][0], 0.02);
            Assert.Equal(3 * Mm, p["BleedBox"][3] - p["TrimBox"][3], 0.02);
            Assert.True(p["BleedBox"][0] - p["MediaBox"][0] >= 5 * Mm, "a slug of at least 5 mm for crop marks");
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Screen_variant_is_trim_size_with_no_bleed(string template, string size, double widthMm, double heightMm)
    {
        foreach (var p in Boxes(print.Get(template, size).Path))
        {
            AssertSize(p["MediaBox"], widthMm, heightMm);
            Assert.Equal(p["MediaBox"], p["TrimBox"]);
            Assert.Equal(p["MediaBox"], p["BleedBox"]);
        }
    }

    [Fact]
    public void Imposed_booklet_sheets_are_a4_landscape()
    {
        foreach (var p in Boxes(print.Get("booklet-a5", "a5.imposed").Path))
        {
            AssertSize(p["MediaBox"], 297, 210);
        }
    }

    private static void AssertSize(double[] box, double widthMm, double heightMm)
    {
        Assert.Equal(widthMm, (box[2] - box[0]) / Mm, 0.2);
        Assert.Equal(heightMm, (box[3] - box[1]) / Mm, 0.2);
    }

    private static bool Contains(double[] outer, double[] inner) =>
        outer[0] <= inner[0] + 0.01 && outer[1] <= inner[1] + 0.01 && outer[2] >= inner[2] - 0.01 && outer[3] >= inner[3] - 0.01;

    /// <summary><c>pdfinfo -box</c> for every page: box name → [x0, y0, x1, y1].</summary>
    private static List<Dictionary<string, double[]>> Boxes(string pdf)
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var r = ExternalTool.Run(pdfinfo, "-box", "-f", "1", "-l", "999", pdf);
        Assert.Equal(0, r.ExitCode);
        var pages = new SortedDictionary<int, Dictionary<string, double[]>>();
        foreach (Match m in BoxLine().Matches(r.Stdout))
        {
            var page = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!pages.TryGetValue(page, out var boxes))
            {
                pages[page] = boxes = [];
            }

            boxes[m.Groups[2].Value] = [.. m.Groups[3].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        }

        return [.. pages.Values];
    }

    [GeneratedRegex(@"Page\s+(\d+)\s+(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([-\d. ]+)")]
    private static partial Regex BoxLine();
}
