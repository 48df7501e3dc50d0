using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>The briefing's opening: title, subtitle, and one line with audience, version, date and review date,
/// labelled and dated in the article's language ("Review by: 19 December 2025", "Revisar antes del: …").</summary>
internal static class TitleBlock
{
    public static IEnumerable<Paragraph> Create(ArticleMetadata m, HyperlinkRegistry links, Localization.Furniture furniture)
    {
        yield return BlockWriter.Paragraph(StyleIds.Title, [new TextInline(m.Title)], links);
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            yield return BlockWriter.Paragraph(StyleIds.Subtitle, [new TextInline(m.Subtitle)], links);
        }

        yield return BlockWriter.Paragraph(StyleIds.DocumentInfo, Info(m, furniture), links);
    }

    private static List<Inline> Info(ArticleMetadata m, Localization.Furniture f)
    {
        var parts = new List<(string Label, string Value)> { (f[Localization.FurnitureKey.For], m.Audience) };
        if (!string.IsNullOrWhiteSpace(m.Version))
        {
            parts.Add((Label(f, Localization.FurnitureKey.Version), m.Version));
        }

        if (m.Date is { } date)
        {
            parts.Add((f[Localization.FurnitureKey.Date], f.LongDate(date)));
        }

        if (m.ReviewBy is { } review)
        {
            parts.Add((Label(f, Localization.FurnitureKey.ReviewBy), f.LongDate(review)));
        }

        if (!string.IsNullOrWhiteSpace(m.Author))
        {
            parts.Add((f[Localization.FurnitureKey.Author], m.Author));
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

    /// <summary>"Version {0}" without its placeholder, as a label ("Version", "Revisar antes del").</summary>
    private static string Label(Localization.Furniture f, string key) => f[key].Replace("{0}", "", StringComparison.Ordinal).Trim();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
