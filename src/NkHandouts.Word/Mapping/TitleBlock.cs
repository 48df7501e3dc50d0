using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>The briefing's opening: title, subtitle, and one line with audience, version, date and review date.
/// Dates are ISO 8601 (2025-12-19), the same in every language and locale.</summary>
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
    }

    private static List<Inline> Info(ArticleMetadata m)
    {
        var parts = new List<(string Label, string Value)> { ("For", m.Audience) };
        if (!string.IsNullOrWhiteSpace(m.Version))
        {
            parts.Add(("Version", m.Version));
        }

        if (m.Date is { } date)
        {
            parts.Add(("Date", Iso(date)));
        }

        if (m.ReviewBy is { } review)
        {
            parts.Add(("Review by", Iso(review)));
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

            inlines.Add(new StrongInline([new TextInline(parts[i].Label + ": ")]));
            inlines.Add(new TextInline(parts[i].Value));
        }

        return inlines;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
