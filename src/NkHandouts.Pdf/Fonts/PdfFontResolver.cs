using System.Collections.Concurrent;
using NkHandouts.Layout;
using PdfSharp.Fonts;

namespace NkHandouts.Pdf;

/// <summary>
/// PDFsharp's font source. The layout engine picks the exact face for every run, so the PDF side needs no lookup
/// of its own: each face is registered under its content key and PDFsharp asks for it by that key. PDFsharp allows
/// one resolver per process, installed once, and shared by parallel builds (the registry is concurrent).
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);
    private static readonly Lazy<PdfFontResolver> Instance = new(() =>
    {
        var resolver = new PdfFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    /// <summary>Installs the resolver (once) and registers a face; returns the family name to give XFont.</summary>
    public static string Register(FontFace face)
    {
        _ = Instance.Value;
        Faces.TryAdd(face.Key, face);
        return face.Key;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var f) ? f.Data : null;
}
