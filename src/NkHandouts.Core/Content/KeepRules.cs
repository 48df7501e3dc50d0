namespace NkHandouts.Content;

/// <summary>
/// Which blocks of an article belong on the same page as the block after them, whatever the output (leaflet
/// layout, Word's keep-with-next). Headings keep with what follows everywhere; these are the rules that come from
/// the content itself.
/// </summary>
public static class KeepRules
{
    /// <summary>True when <paramref name="block"/> must not end a page while <paramref name="next"/> starts the
    /// next one: a myth without the fact that answers it, or a lead-in line ("…depends on many things:") without
    /// what it introduces.</summary>
    public static bool KeepsWithNext(Block block, Block? next) => next is not null && (AnsweredBy(block, next) || LeadsInto(block, next));

    /// <summary>A myth followed by its fact.</summary>
    public static bool AnsweredBy(Block block, Block next) =>
        block is CalloutBlock { Kind: CalloutKind.Myth } && next is CalloutBlock { Kind: CalloutKind.Fact };

    /// <summary>A paragraph ending in a colon introduces the block after it (a list, a table, a quote). Not a
    /// heading: a colon before a new section introduces nothing on the page.</summary>
    public static bool LeadsInto(Block block, Block next) =>
        block is ParagraphBlock p && next is not HeadingBlock && EndsWithColon(p.PlainText);

    private static bool EndsWithColon(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith(':') || t.EndsWith('\uFF1A'); // ASCII and full-width colon
    }
}
