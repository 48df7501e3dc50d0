using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace NkHandouts.Readiness.Pages;

/// <summary>Which template made a PDF: NkHandouts writes "NkHandouts 1.2.3 (patient-leaflet)" as its Creator.</summary>
public static partial class PdfProducer
{
    public static string? TemplateName(byte[] pdf)
    {
        using var document = UnreadablePdf.Open(pdf);
        var creator = document.Information.Creator ?? "";
        var m = CreatorPattern().Match(creator);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^NkHandouts \S+ \(([A-Za-z0-9._-]+)\)$")]
    private static partial Regex CreatorPattern();
}
