using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>The PDF/X-4 conditions of <see cref="PdfX4Checker"/> as a <c>verify</c> check (<c>--print</c>), so print
/// files get the same text, JSON and SARIF reports as the accessibility check.</summary>
public sealed class PdfX4Check : IPdfCheck
{
    public const string CheckId = "pdfx4";

    public string Id => CheckId;

    public string Name => "PDF/X-4 (ISO 15930-7) print production";

    public string Claim => "PDF/X-4";

    public IReadOnlyList<CheckRule> Rules { get; } =
    [
        new(PrintRules.Unreadable, "the file can be read as a PDF", "ISO 32000"),
        new(PrintRules.Encrypted, "no encryption", "ISO 15930-7 6.1.3"),
        new(PrintRules.DocumentId, "the trailer has a document ID", "ISO 15930-7 6.1.3"),
        new(PrintRules.PdfVersion, "PDF version 1.6 or compatible", "ISO 15930-7 6.1.2"),
        new(PrintRules.VersionKey, "GTS_PDFXVersion in the Info dictionary", "ISO 15930-7 6.7.5"),
        new(PrintRules.XmpVersion, "pdfxid:GTS_PDFXVersion in the XMP metadata", "ISO 15930-7 6.7.5"),
        new(PrintRules.Xmp, "XMP metadata present", "ISO 15930-7 6.7.2"),
        new(PrintRules.InfoKeys, "Info and XMP agree on title, dates and producer", "ISO 15930-7 6.7.3"),
        new(PrintRules.Trapped, "Trapped set to True or False", "ISO 15930-7 6.7.6"),
        new(PrintRules.OutputIntent, "one GTS_PDFX output intent with an output condition identifier", "ISO 15930-7 6.2.2"),
        new(PrintRules.OutputProfile, "the output intent embeds a CMYK output profile", "ISO 15930-7 6.2.2"),
        new(PrintRules.Boxes, "TrimBox on every page, nested within BleedBox and MediaBox", "ISO 15930-7 6.1.1"),
        new(PrintRules.Fonts, "every font embedded", "ISO 15930-7 6.3.5"),
        new(PrintRules.DeviceColour, "no DeviceRGB or DeviceGray without an ICC basis", "ISO 15930-7 6.2.3"),
        new(PrintRules.ImplicitGray, "no text or paths in the implicit DeviceGray colour", "ISO 15930-7 6.2.3"),
        new(PrintRules.BlackText, "black text is 100 % K only (no rich black under 24 pt)", "print-shop practice"),
        new(PrintRules.Annotations, "no annotations inside the trim area that would print", "ISO 15930-7 6.6"),
        new(PrintRules.TransferFunctions, "no transfer functions", "ISO 15930-7 6.2.5"),
    ];

    public IEnumerable<VerifyFinding> Check(PdfInspection pdf) =>
        PdfX4Checker.Check(pdf.Bytes, "").Findings.Select(f => new VerifyFinding(CheckId, f.Rule, f.Message, f.Page));
}
