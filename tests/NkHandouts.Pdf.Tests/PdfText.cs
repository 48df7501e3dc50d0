using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace NkHandouts.Pdf.Tests;

/// <summary>Reading a PDF back with PdfPig, in content-stream order (the order a screen reader follows when it
/// falls back to content), whitespace removed so line breaks do not matter.</summary>
internal static class PdfText
{
    public static string ContentOrder(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Concat(doc.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Asserts that the phrases appear in this order.</summary>
    public static void InOrder(string text, params string[] phrases)
    {
        var squashed = Squash(text);
        var at = 0;
        foreach (var phrase in phrases)
        {
            var next = squashed.IndexOf(Squash(phrase), at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{phrase}' not found after position {at}");
            at = next + 1;
        }
    }
}
