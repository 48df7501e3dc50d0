using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NkHandouts.Yaml;

/// <summary>
/// Checks a YAML text's shape on the parser's event stream, before any tree is built: the tree builder and every
/// reader after it (typed reads, the translation hash) recurse, and an alias (<c>*name</c>) shares a value, so a few
/// lines can stand for a value nested 200,000 deep (a stack overflow), a value that contains itself (one too, on
/// the first walk) or billions of values (gigabytes). Refused here, located, in one pass that does not recurse.
/// </summary>
internal static class YamlShape
{
    /// <summary>Front matter and templates nest a few levels; far past that is an attack or a mistake.</summary>
    public const int MaxDepth = 64;

    /// <summary>Values (scalars, lists, mappings) the text stands for with every alias written out.</summary>
    public const long MaxValues = 100_000;

    public sealed record Problem(Mark At, string Message, string Hint);

    private sealed class Frame(string? anchor, bool mapping)
    {
        public string? Anchor { get; } = anchor;
        public bool Mapping { get; } = mapping;
        public long Values { get; set; } = 1;
        public int Children { get; set; }
    }

    /// <summary>The first problem, or null. Syntax errors are left to the loader, which reports them.</summary>
    public static Problem? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var stack = new Stack<Frame>();
        var done = new Dictionary<string, (long Values, bool Scalar)>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case AnchorAlias alias:
                        if (open.Contains(alias.Value.Value))
                        {
                            return new Problem(e.Start, $"alias '*{alias.Value.Value}' is used inside the value it names, so that value would contain itself",
                                "write the value out instead of using the alias");
                        }

                        var (values, scalar) = done.TryGetValue(alias.Value.Value, out var d) ? d : (1, true);
                        if (KeyProblem(stack, scalar, e.Start) is { } aliasKey)
                        {
                            return aliasKey;
                        }

                        if (Add(stack, ref total, values) is { } tooManyAliased)
                        {
                            return tooManyAliased with { At = e.Start };
                        }

                        break;
                    case Scalar s:
                        if (s.Anchor is { IsEmpty: false } sa)
                        {
                            done[sa.Value] = (1, true);
                        }

                        if (KeyProblem(stack, true, e.Start) is { } none)
                        {
                            return none;
                        }

                        if (Add(stack, ref total, 1) is { } tooMany)
                        {
                            return tooMany with { At = e.Start };
                        }

                        break;
                    case NodeEvent { } start and (SequenceStart or MappingStart):
                        if (KeyProblem(stack, false, e.Start) is { } key)
                        {
                            return key;
                        }

                        if (stack.Count >= MaxDepth)
                        {
                            return new Problem(e.Start, string.Create(CultureInfo.InvariantCulture, $"values are nested more than {MaxDepth} deep"),
                                "flatten the value: lists and mappings a few levels deep are all a handout needs");
                        }

                        var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                        if (anchor is not null)
                        {
                            open.Add(anchor);
                        }

                        stack.Push(new Frame(anchor, e is MappingStart));
                        break;
                    case SequenceEnd or MappingEnd:
                        var frame = stack.Pop();
                        if (frame.Anchor is { } name)
                        {
                            open.Remove(name);
                            done[name] = (frame.Values, false);
                        }

                        // Its values were counted into the total as they came; only its parent's tally grows now.
                        if (stack.TryPeek(out var parent))
                        {
                            parent.Values += frame.Values;
                            parent.Children++;
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null; // YamlSource reports it, located (the scanner throws the latter on some unclosed brackets)
        }

        return null;
    }

    /// <summary>In a mapping, every other child is a key: it must be plain text (a list or mapping as a key is legal
    /// YAML that no reader here, nor a person editing front matter, means).</summary>
    private static Problem? KeyProblem(Stack<Frame> stack, bool scalar, Mark at) =>
        !scalar && stack.TryPeek(out var top) && top.Mapping && top.Children % 2 == 0
            ? new Problem(at, "a key is a list or a mapping; keys must be plain text", "write the key as a word, e.g. title:")
            : null;

    private static Problem? Add(Stack<Frame> stack, ref long total, long values)
    {
        total += values;
        if (stack.TryPeek(out var top))
        {
            top.Values += values;
            top.Children++;
        }

        return total > MaxValues
            ? new Problem(Mark.Empty, string.Create(CultureInfo.InvariantCulture, $"with its aliases (*name) written out it holds more than {MaxValues:N0} values"),
                "write the values out; an alias may repeat a value, not multiply it")
            : null;
    }
}
