using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Text;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>The briefing's opening: title, subtitle, one line with audience, version, date and review date, and the
/// article's summary; and its closing source note. Printed dates are long form in the article's language (December
/// 19, 2025; 19 de diciembre de 2025); the document properties keep ISO 8601 for programs.</summary>
internal static class TitleBlock
{
    public static IEnumerable<Paragraph> Create(ArticleMetadata m, HyperlinkRegistry links)
    {
        yield return BlockWriter.Paragraph(StyleIds.Title, [new TextInline(m.Title)], links);
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            yield return BlockWriter.Paragraph(StyleIds.Subtitle, [new TextInline(m.Subtitle)], links);
        }

        yield return BlockWriter.Paragraph(StyleIds.DocumentInfo, Info(m), links);
        if (!string.IsNullOrWhiteSpace(m.Summary))
        {
            yield return BlockWriter.Paragraph(StyleIds.Summary, [new TextInline(m.Summary)], links);
        }
    }

    /// <summary>The template's disclaimer, unless the article has a <c>::: disclaimer</c> of its own (written in place):
    /// the rule leaflets and web pages follow.</summary>
    public static Paragraph? Disclaimer(Article article, string? disclaimer, HyperlinkRegistry links) =>
        string.IsNullOrWhiteSpace(disclaimer) || article.Blocks.Any(b => b is CalloutBlock { Kind: CalloutKind.Disclaimer })
            ? null
            : BlockWriter.Paragraph(StyleIds.Disclaimer, [new TextInline(disclaimer.Trim())], links);

    /// <summary>The closing attribution, kept with the paragraph before it so it never stands alone on a page.</summary>
    public static Paragraph? SourceNote(ArticleMetadata m, HyperlinkRegistry links) =>
        m.Source is { } s ? BlockWriter.Paragraph(StyleIds.SourceNote, [new TextInline(s.Line(m.Language))], links) : null;

    private static List<Inline> Info(ArticleMetadata m)
    {
        var parts = new List<(string Label, string Value)> { ("For", m.Audience) };
        if (!string.IsNullOrWhiteSpace(m.Version))
        {
            parts.Add(("Version", m.Version));
        }

        if (m.Date is { } date)
        {
            parts.Add(("Date", LongDate.Format(date, m.Language)));
        }

        if (m.ReviewBy is { } review)
        {
            parts.Add(("Review by", LongDate.Format(review, m.Language)));
        }

        if (!string.IsNullOrWhiteSpace(m.Author))
        {
            parts.Add(("Author", m.Author));
        }

        var inlines = new List<Inline>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                inlines.Add(new TextInline("  ·  "));
            }

            // No-break spaces inside a pair: a line may wrap between "Version: 1.0" and "Date: …", never inside one.
            inlines.Add(new StrongInline([new TextInline(NoBreak(parts[i].Label + ": "))]));
            inlines.Add(new TextInline(NoBreak(parts[i].Value)));
        }

        return inlines;
    }

    private static string NoBreak(string text) => text.Replace(' ', '\u00A0');

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
