using System.Globalization;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>TrimBox and BleedBox on every page (this project's print files always have both), nested
/// TrimBox ⊆ BleedBox ⊆ MediaBox, and a CropBox, if any, that does not cut into the bleed.</summary>
internal static class PageBoxes
{
    private const double Tolerance = 0.01;

    public static void Check(int page, DictionaryToken dict, PdfObjects pdf, List<PrintFinding> findings)
    {
        var media = Box(dict, "MediaBox", pdf);
        var trim = Box(dict, "TrimBox", pdf);
        var bleed = Box(dict, "BleedBox", pdf);
        var crop = Box(dict, "CropBox", pdf);
        if (media is null)
        {
            findings.Add(new PrintFinding(PrintRules.Boxes, "no MediaBox", page));
            return;
        }

        if (trim is null)
        {
            findings.Add(new PrintFinding(PrintRules.Boxes, "no TrimBox (the finished page size)", page));
        }

        if (bleed is null)
        {
            findings.Add(new PrintFinding(PrintRules.Boxes, "no BleedBox", page));
        }

        Inside("TrimBox", trim, "BleedBox", bleed, page, findings);
        Inside("BleedBox", bleed, "MediaBox", media, page, findings);
        Inside("TrimBox", trim, "MediaBox", media, page, findings);
        Inside("BleedBox", bleed, "CropBox", crop, page, findings);
    }

    private static void Inside(string innerName, double[]? inner, string outerName, double[]? outer, int page, List<PrintFinding> findings)
    {
        if (inner is null || outer is null)
        {
            return;
        }

        if (inner[0] < outer[0] - Tolerance || inner[1] < outer[1] - Tolerance || inner[2] > outer[2] + Tolerance || inner[3] > outer[3] + Tolerance)
        {
            findings.Add(new PrintFinding(PrintRules.Boxes, $"{innerName} {Show(inner)} is not inside {outerName} {Show(outer)}", page));
        }
    }

    /// <summary>A page box, inherited through the page tree (for MediaBox and CropBox), normalised to x0 ≤ x1, y0 ≤ y1.</summary>
    private static double[]? Box(DictionaryToken page, string key, PdfObjects pdf)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            if (pdf.Array(node, key) is { } a && a.Data.Count == 4)
            {
                var v = a.Data.Select(t => (pdf.Resolve(t) as NumericToken)?.Double ?? double.NaN).ToArray();
                return [Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3])];
            }

            if (key is not ("MediaBox" or "CropBox"))
            {
                return null;
            }

            node = pdf.Dict(node, "Parent");
        }

        return null;
    }

    private static string Show(double[] b) => string.Create(CultureInfo.InvariantCulture, $"[{b[0]:0.##} {b[1]:0.##} {b[2]:0.##} {b[3]:0.##}]");
}
