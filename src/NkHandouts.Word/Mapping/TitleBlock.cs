using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Text;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>The briefing's opening: title, subtitle, and one line with audience, version, date and review date.
/// Printed dates are long form in the article's language (December 19, 2025; 19 de diciembre de 2025); the
/// document properties keep ISO 8601 for programs.</summary>
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

            inlines.Add(new StrongInline([new TextInline(parts[i].Label + ": ")]));
            inlines.Add(new TextInline(parts[i].Value));
        }

        return inlines;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
