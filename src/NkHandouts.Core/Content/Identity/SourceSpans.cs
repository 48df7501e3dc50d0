using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Md = Markdig.Syntax;

namespace NkHandouts.Content.Identity;

/// <summary>
/// Where each block of an article sits in its Markdown text, as [start, end) character offsets. The block model keeps
/// only line and column (for messages); this re-parses the text with the loader's pipeline and matches Markdig's blocks
/// to the model's by kind, line and column.
/// </summary>
public sealed class SourceSpans
{
    private readonly Dictionary<(char Kind, int Line, int Column), (int Start, int End)> _spans = [];

    private SourceSpans(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public static SourceSpans Parse(string text)
    {
        var spans = new SourceSpans(text);
        spans.Visit(Markdown.Parse(text, ArticleLoader.Pipeline));
        return spans;
    }

    /// <summary>The span of a block of the model, or null when it has none (a block made in code).</summary>
    public (int Start, int End)? Of(Block block) =>
        KindOf(block) is { } kind && _spans.TryGetValue((kind, block.Source.Line, block.Source.Column), out var span) ? span : null;

    /// <summary>The exact Markdown of a block, or null.</summary>
    public string? TextOf(Block block) => Of(block) is { } span ? Text[span.Start..span.End] : null;

    private static char? KindOf(Block block) => block switch
    {
        HeadingBlock => 'h',
        ParagraphBlock or ImageBlock => 'p',
        ListBlock => 'l',
        ListItemBlock => 'i',
        QuoteBlock => 'q',
        CalloutBlock => 'c',
        TableBlock => 't',
        ThematicBreakBlock => 'r',
        FootnoteBlock => 'f',
        _ => null,
    };

    private static char? KindOf(Md.Block block) => block switch
    {
        Md.HeadingBlock => 'h',
        Md.ParagraphBlock or Md.CodeBlock => 'p',
        Md.ListBlock => 'l',
        Md.ListItemBlock => 'i',
        CustomContainer => 'c',
        Table => 't',
        Md.ThematicBreakBlock => 'r',
        Footnote => 'f',
        Md.QuoteBlock or Md.ContainerBlock => 'q',
        _ => null,
    };

    private void Visit(Md.Block block)
    {
        if (KindOf(block) is { } kind && block is not Md.MarkdownDocument && block.Span.Start >= 0)
        {
            var end = Math.Min(Text.Length, block.Span.End + 1);
            _spans.TryAdd((kind, block.Line + 1, block.Column + 1), (block.Span.Start, end));
        }

        if (block is Md.ContainerBlock container and not Table)
        {
            foreach (var child in container)
            {
                Visit(child);
            }
        }
    }
}
