using System.Collections.Concurrent;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Diagnostics;
using NkHandouts.IO;

namespace NkHandouts.Word.Styles;

/// <summary>
/// What a briefing takes from a template's reference.docx: styles, numbering, theme, font table, page setup, header
/// and footer. Its body text is ignored. Loaded once per file version and shared; callers clone what they insert.
/// </summary>
internal sealed class ReferenceDocument
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), ReferenceDocument> Cache = new();

    public required DocumentFormat.OpenXml.Wordprocessing.Styles Styles { get; init; }
    public Numbering? Numbering { get; init; }
    public byte[]? Theme { get; init; }
    public byte[]? FontTable { get; init; }
    public SectionProperties? Section { get; init; }
    public HeaderFooterContent? Header { get; init; }
    public HeaderFooterContent? Footer { get; init; }

    /// <summary>Loads the reference document, or reports a located error and returns null (the caller then uses the
    /// built-in styles, so the briefing is still written).</summary>
    public static ReferenceDocument? Load(string path, DiagnosticBag diagnostics)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                Fail(diagnostics, path, "reference document not found");
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(diagnostics, path, $"cannot read the reference document: {e.Message}");
            return null;
        }

        var key = (Path.GetFullPath(path), info.Length, info.LastWriteTimeUtc);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (info.Length > SafeArchive.MaxFileBytes)
        {
            Fail(diagnostics, path, $"reference document is refused: the file is {info.Length:N0} bytes; the limit is {SafeArchive.MaxFileBytes:N0}");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(diagnostics, path, $"cannot read the reference document: {e.Message}");
            return null;
        }

        var refusal = SafeArchive.Check(bytes);
        if (refusal is not null)
        {
            Fail(diagnostics, path, $"reference document is refused: {refusal}");
            return null;
        }

        try
        {
            var loaded = Read(bytes, path, diagnostics);
            if (loaded is not null)
            {
                Cache[key] = loaded;
            }

            return loaded;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                      or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            Fail(diagnostics, path, $"reference document is not a readable Word document: {e.Message}");
            return null;
        }
    }

    private static ReferenceDocument? Read(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        var main = doc.MainDocumentPart;
        var styles = main?.StyleDefinitionsPart?.Styles;
        if (main is null || styles is null)
        {
            Fail(diagnostics, path, "reference document has no styles (word/styles.xml); is it a Word document?");
            return null;
        }

        var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        var headerId = section?.Elements<HeaderReference>().FirstOrDefault(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default)?.Id?.Value;
        var footerId = section?.Elements<FooterReference>().FirstOrDefault(f => f.Type is null || f.Type.Value == HeaderFooterValues.Default)?.Id?.Value;
        return new ReferenceDocument
        {
            Styles = (DocumentFormat.OpenXml.Wordprocessing.Styles)styles.CloneNode(true),
            Numbering = (Numbering?)main.NumberingDefinitionsPart?.Numbering?.CloneNode(true),
            Theme = Bytes(main.ThemePart),
            FontTable = Bytes(main.FontTablePart),
            Section = section is null ? null : PageOnly(section),
            Header = headerId is not null && main.TryGetPartById(headerId, out var h) ? HeaderFooterContent.From(h) : null,
            Footer = footerId is not null && main.TryGetPartById(footerId, out var f) ? HeaderFooterContent.From(f) : null,
        };
    }

    /// <summary>The section's page geometry without its header/footer references, which point into the reference
    /// document's own parts.</summary>
    private static SectionProperties PageOnly(SectionProperties section)
    {
        var copy = (SectionProperties)section.CloneNode(true);
        foreach (var reference in copy.Elements<HeaderReference>().Cast<OpenXmlElement>().Concat(copy.Elements<FooterReference>()).ToList())
        {
            reference.Remove();
        }

        copy.RsidR = null;
        copy.RsidDel = null;
        copy.RsidRPr = null;
        copy.RsidSect = null;
        return copy;
    }

    private static byte[]? Bytes(OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Fail(DiagnosticBag diagnostics, string path, string message) =>
        diagnostics.Error(DiagnosticCodes.ReferenceDocumentInvalid, SourceLocation.FileOnly(path), message,
            "regenerate it with 'nkhandouts template reference <template>', or open it in Word and save it again as .docx");
}
