namespace NkHandouts.Pdf;

/// <summary>Document information written into the PDF (Info dictionary and XMP).</summary>
public sealed record PdfMetadata(string Title, string Language, DateTimeOffset Timestamp)
{
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string Creator { get; init; } = "NkHandouts";
}
