using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>
/// Block quotes, lists and boxes nested deeper than a template's <c>limits.maxNestingDepth</c>. Every level indents
/// the text once more: a leaflet's text 12 levels down was a column of one word per line (the page check then failed
/// on an emptied page), 16 levels left no width at all (NK403, the layout gave up), and a phone or a Word briefing
/// showed the same column of letters. Applied to the model before any renderer sees it, so PDF, Word and HTML agree:
/// in outputs for patients it is refused (an error at the first container past the limit: flatten it); elsewhere,
/// with a warning there, whatever that container holds is set at its depth as plain blocks: the levels past the
/// limit lose their indent, box and bullets but keep every word in order. One diagnostic per such container.
/// </summary>
public static class DeepNesting
{
    public static Article Apply(Article article, int maxDepth, bool refuse, DiagnosticBag diagnostics)
    {
        var changed = false;
        IReadOnlyList<Block> Walk(IReadOnlyList<Block> blocks, int depth)
        {
            var result = new List<Block>(blocks.Count);
            foreach (var block in blocks)
            {
                if (!IsContainer(block))
                {
                    result.Add(block);
                    continue;
                }

                if (depth < maxDepth)
                {
                    result.Add(Inside(block, children => Walk(children, depth + 1)));
                    continue;
                }

                var deepest = depth + Levels(block);
                if (refuse)
                {
                    diagnostics.Error(DiagnosticCodes.NestingPastLimit, block.Source, $"quotes, lists and boxes are nested {deepest} deep here; patient outputs hold at most {maxDepth} levels (limits.maxNestingDepth)",
                        "flatten it: patient material rarely needs more than two levels, and each one narrows the text until a line holds a word or less");
                    result.Add(block);
                }
                else
                {
                    diagnostics.Warning(DiagnosticCodes.NestingPastLimit, block.Source, $"quotes, lists and boxes are nested {deepest} deep here, more than {maxDepth} (limits.maxNestingDepth); the levels past {maxDepth} are set as plain paragraphs, without indent, box or bullets",
                        "flatten it, or raise limits.maxNestingDepth in the template");
                    result.AddRange(Flat(block));
                    changed = true;
                }
            }

            return result;
        }

        // Footnotes are text at the depth of the page (the briefing and the web page set them below the article).
        var walked = Walk(article.Blocks, 0);
        var notes = article.Footnotes.Select(f => f with { Blocks = Walk(f.Blocks, 0) }).ToList();
        return changed ? article with { Blocks = walked, Footnotes = notes } : article;
    }

    /// <summary>Blocks that indent what they hold (footnotes do not: they are set apart, at the depth of the text).</summary>
    private static bool IsContainer(Block block) => block is QuoteBlock or ListBlock or CalloutBlock;

    /// <summary>The container with its content replaced (a list's items keep their own blocks, one level down).</summary>
    private static Block Inside(Block block, Func<IReadOnlyList<Block>, IReadOnlyList<Block>> content) => block switch
    {
        QuoteBlock q => q with { Blocks = content(q.Blocks) },
        CalloutBlock c => c with { Blocks = content(c.Blocks) },
        ListBlock l => l with { Items = [.. l.Items.Select(i => i with { Blocks = content(i.Blocks) })] },
        _ => block,
    };

    /// <summary>Levels of nesting a container opens, itself included (a quote holding a list: 2).</summary>
    private static int Levels(Block block)
    {
        var deepest = 0;
        var stack = new Stack<(Block Block, int Depth)>();
        stack.Push((block, 1));
        while (stack.Count > 0)
        {
            var (b, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in Children(b).Where(IsContainer))
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    /// <summary>What a container holds, containers inside it flattened too, in reading order. The blocks are the
    /// article's own (same words, same source locations): nothing is added, such as a bullet, that the source does
    /// not have. Iterative: the loader allows nesting as deep as its own limit.</summary>
    private static List<Block> Flat(Block container)
    {
        var flat = new List<Block>();
        var stack = new Stack<Block>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (!IsContainer(block))
            {
                flat.Add(block);
                continue;
            }

            foreach (var child in Children(block).Reverse())
            {
                stack.Push(child);
            }
        }

        return flat;
    }

    /// <summary>The blocks a container holds, a list's items' blocks one after another.</summary>
    private static IEnumerable<Block> Children(Block block) => block switch
    {
        QuoteBlock q => q.Blocks,
        CalloutBlock c => c.Blocks,
        ListBlock l => l.Items.SelectMany(i => i.Blocks),
        _ => [],
    };
}
