using System.Text.RegularExpressions;
using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Readiness.Items;

/// <summary>A sentence of running text and the block it stands in.</summary>
public sealed record Sentence(string Text, SourceLocation Location);

/// <summary>A heading and the words of running text under it, up to the next heading.</summary>
public sealed record Section(string Heading, SourceLocation Location, int Words);

/// <summary>What the items are judged from, gathered once from the article's blocks (source order, with locations).</summary>
public sealed partial record ArticleFacts
{
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    public required IReadOnlyList<HeadingBlock> Headings { get; init; }
    public required int Words { get; init; }
    public required int EmphasisedWords { get; init; }
    public required int Lists { get; init; }
    public required int Images { get; init; }
    public required int Tables { get; init; }

    /// <summary>Index of the key points / summary box among the top-level blocks, and of the first heading; null when absent.</summary>
    public int? KeyPointsIndex { get; init; }
    public int? FirstHeadingIndex { get; init; }
    public SourceLocation? KeyPoints { get; init; }
    public CalloutBlock? Questions { get; init; }

    public static ArticleFacts Of(Article article)
    {
        var sentences = new List<Sentence>();
        var sections = new List<Section>();
        var headings = new List<HeadingBlock>();
        int words = 0, emphasised = 0, lists = 0, images = 0, tables = 0;
        string heading = "(before the first heading)";
        var headingAt = article.Location with { Line = 1, Column = 1 };
        var sectionWords = 0;
        int? keyPoints = null, firstHeading = null;
        SourceLocation? keyAt = null;
        CalloutBlock? questions = null;

        for (var i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            if (block is HeadingBlock h)
            {
                sections.Add(new Section(heading, headingAt, sectionWords));
                (heading, headingAt, sectionWords) = (h.PlainText, h.Source, 0);
                headings.Add(h);
                firstHeading ??= i;
                continue;
            }

            if (block is CalloutBlock { Kind: CalloutKind.KeyPoints } k)
            {
                keyPoints ??= i;
                keyAt ??= k.Source;
            }

            if (block is CalloutBlock { Kind: CalloutKind.Questions } q)
            {
                questions ??= q;
            }

            Walk(block);
        }

        sections.Add(new Section(heading, headingAt, sectionWords));
        return new ArticleFacts
        {
            Sentences = sentences,
            Sections = sections.Where(s => s.Words > 0 || s.Heading != "(before the first heading)").ToList(),
            Headings = headings,
            Words = words,
            EmphasisedWords = emphasised,
            Lists = lists,
            Images = images,
            Tables = tables,
            KeyPointsIndex = keyPoints,
            FirstHeadingIndex = firstHeading,
            KeyPoints = keyAt,
            Questions = questions,
        };

        void Walk(Block b)
        {
            switch (b)
            {
                case ParagraphBlock p:
                    AddText(p.PlainText, p.Source);
                    emphasised += Emphasised(p.Inlines);
                    break;
                case ListBlock l:
                    lists++;
                    foreach (var item in l.Items)
                    {
                        foreach (var child in item.Blocks)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case CalloutBlock c:
                    foreach (var child in c.Blocks)
                    {
                        Walk(child);
                    }

                    break;
                case QuoteBlock q:
                    foreach (var child in q.Blocks)
                    {
                        Walk(child);
                    }

                    break;
                case ImageBlock:
                    images++;
                    break;
                case TableBlock:
                    tables++;
                    break;
            }
        }

        void AddText(string text, SourceLocation at)
        {
            var count = WordCount(text);
            words += count;
            sectionWords += count;
            foreach (var s in SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                sentences.Add(new Sentence(s, at));
            }
        }
    }

    public static int WordCount(string text) => WordPattern().Matches(text).Count;

    private static int Emphasised(IReadOnlyList<Inline> inlines) => inlines.Sum(i => i switch
    {
        StrongInline s => WordCount(InlineText.Of(s.Children)),
        EmphasisInline e => WordCount(InlineText.Of(e.Children)),
        LinkInline l => Emphasised(l.Children),
        _ => 0,
    });

    [GeneratedRegex(@"(?<=[.!?][""'”’)]?)\s+(?=[A-Z0-9""'“‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();
}
