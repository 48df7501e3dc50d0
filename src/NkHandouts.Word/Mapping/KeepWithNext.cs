using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// Word's "keep with next" (<c>w:keepNext</c>) on written paragraphs. Word has no keep for a table as such: a table
/// stays with the paragraph after it when every paragraph in it keeps with next (Word and LibreOffice both read it
/// so), which is how a myth's box stays on the page of its fact.
/// </summary>
internal static class KeepWithNext
{
    /// <summary>Every paragraph of <paramref name="element"/> (itself, or those in a table or content control).</summary>
    public static void Apply(OpenXmlElement? element)
    {
        if (element is null)
        {
            return;
        }

        foreach (var p in element is Paragraph self ? [self] : element.Descendants<Paragraph>().ToList())
        {
            Apply(p);
        }
    }

    /// <summary>The last paragraph of <paramref name="element"/>: Word has no "keep with previous", so what comes
    /// before a closing note keeps with it.</summary>
    public static void ApplyToLast(OpenXmlElement? element)
    {
        if ((element as Paragraph ?? element?.Descendants<Paragraph>().LastOrDefault()) is { } p)
        {
            Apply(p);
        }
    }

    private static void Apply(Paragraph p)
    {
        var pPr = p.ParagraphProperties ??= new ParagraphProperties();
        if (pPr.GetFirstChild<KeepNext>() is not null)
        {
            return;
        }

        // keepNext directly follows pStyle in a paragraph's properties (CT_PPrBase order).
        if (pPr.ParagraphStyleId is { } style)
        {
            style.InsertAfterSelf(new KeepNext());
        }
        else
        {
            pPr.PrependChild(new KeepNext());
        }
    }
}
