namespace NkHandouts.Verify.PrintProduction;

/// <summary>The PDF/X-4 (ISO 15930-7) conditions the checker tests, by short name.</summary>
public static class PrintRules
{
    public const string Unreadable = "unreadable";
    public const string Encrypted = "no-encryption";
    public const string DocumentId = "document-id";
    public const string PdfVersion = "pdf-version";
    public const string VersionKey = "gts-pdfxversion";
    public const string XmpVersion = "xmp-pdfxversion";
    public const string Xmp = "xmp-metadata";
    public const string InfoKeys = "info-keys";
    public const string Trapped = "trapped";
    public const string OutputIntent = "output-intent";
    public const string OutputProfile = "output-profile";
    public const string Boxes = "page-boxes";
    public const string Fonts = "fonts-embedded";
    public const string DeviceColour = "device-colour";
    public const string ImplicitGray = "implicit-gray";
    public const string BlackText = "black-text-k-only";
    public const string Annotations = "annotations";
    public const string TransferFunctions = "transfer-functions";
}
