using System.Text.RegularExpressions;
using NkHandouts.Content;

namespace NkHandouts.Verify.Tests;

/// <summary>
/// The order a screen reader follows, read back by poppler (<c>pdfinfo -struct-text</c>), not by our own reader: in
/// the sample patient leaflet every text block of the article — title, subtitle, summary, then the body's headings,
/// paragraphs, list items, box texts and table cells — comes in the order the Markdown has it. Text the layout adds
/// (clinic name, box labels, contact, disclaimer) may stand between them; no article block may come early or late.
/// The one change the layout declares: the template's disclaimer replaces the article's own. The A5 booklet's reading
/// pages follow the same order; the tri-fold follows the order it declares (cover, flap, inside, back).
/// </summary>
public sealed partial class StructureOrderTests
{
    public static TheoryData<string> SampleLeaflets =>
    [
        .. Outputs.Samples.Select(s => s.Plan.FileName)
            .Where(n => (n.Contains(".patient-leaflet.", StringComparison.Ordinal) || n.EndsWith(".booklet-a5.a5.pdf", StringComparison.Ordinal))
                && !n.EndsWith(".print.pdf", StringComparison.Ordinal)),
    ];

    [Theory]
    [MemberData(nameof(SampleLeaflets))]
    public void Structure_order_is_the_source_order(string fileName)
    {
        var output = Outputs.Samples.Single(s => s.Plan.FileName == fileName);
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var run = ExternalTool.Run(pdfinfo, "-struct-text", output.Path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var read = Normalise(string.Join(" ", StructText(run.Stdout)));

        // Declared by the layout: a template disclaimer replaces the article's own (LeafletComposer.Disclaimer).
        var replacesDisclaimer = output.Plan.Template.OptionsAs<NkHandouts.Leaflet.LeafletOptions>().Disclaimer is { Length: > 0 };
        var misorder = FirstMisorder(read, SourceOrder(output.Plan.Article, replacesDisclaimer), fileName);
        Assert.True(misorder is null, misorder);
    }

    private static string? FirstMisorder(string read, IEnumerable<(string Text, string Where)> expected, string fileName)
    {
        var at = 0;
        string? previous = null;
        foreach (var (text, where) in expected)
        {
            var key = Key(text);
            var found = read.IndexOf(key, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return read.Contains(key, StringComparison.Ordinal)
                    ? $"{where}: '{key}' is read before '{previous}', against the source order ({fileName})"
                    : $"{where}: '{key}' is not in the structure tree of {fileName}";
            }

            at = found + key.Length;
            previous = key;
        }

        return null;
    }

    [Fact]
    public void The_sample_leaflet_is_covered() => Assert.NotEmpty(SampleLeaflets);

    /// <summary>
    /// The tri-fold declares its own reading order (TrifoldComposer): the cover (title, subtitle, the opening paragraphs
    /// or, without them, the summary), the inside flap seen first when the cover opens (key points, questions), the
    /// body across the three inside panels, then the back panel (learn more, the disclaimer). The structure tree must
    /// follow exactly that order, read by poppler, whatever order the panels are drawn in on the two sides.
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleTrifolds))]
    public void Trifold_structure_follows_its_declared_reading_order(string fileName)
    {
        var output = Outputs.Samples.Single(s => s.Plan.FileName == fileName);
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var run = ExternalTool.Run(pdfinfo, "-struct-text", output.Path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var read = Normalise(string.Join(" ", StructText(run.Stdout)));
        var misorder = FirstMisorder(read, TrifoldOrder(output.Plan.Article, output.Plan.Template.OptionsAs<NkHandouts.Leaflet.LeafletOptions>().Disclaimer is { Length: > 0 }), fileName);
        Assert.True(misorder is null, misorder);
    }

    public static TheoryData<string> SampleTrifolds =>
    [
        .. Outputs.Samples.Select(s => s.Plan.FileName)
            .Where(n => n.Contains(".trifold-leaflet.", StringComparison.Ordinal) && !n.EndsWith(".print.pdf", StringComparison.Ordinal)),
    ];

    [Fact]
    public void The_sample_trifold_and_booklet_are_covered()
    {
        Assert.NotEmpty(SampleTrifolds);
        Assert.Contains(SampleLeaflets, n => n.Data.Contains(".booklet-a5.", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Text, string Where)> TrifoldOrder(Article article, bool replacesDisclaimer)
    {
        var m = article.Metadata;
        yield return (m.Title, "title");
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            yield return (m.Subtitle, "subtitle");
        }

        HashSet<CalloutKind> placed = [CalloutKind.KeyPoints, CalloutKind.Questions, CalloutKind.LearnMore, CalloutKind.Disclaimer];
        var flow = article.Blocks.Where(b => !(b is CalloutBlock c && placed.Contains(c.Kind))).ToList();
        var opening = flow.TakeWhile(b => b is ParagraphBlock).ToList();
        if (opening.Count == 0 && !string.IsNullOrWhiteSpace(m.Summary))
        {
            yield return (m.Summary, "summary");
        }

        var callouts = article.Blocks.OfType<CalloutBlock>().ToList();
        IEnumerable<Block> Of(CalloutKind kind) => callouts.Where(c => c.Kind == kind);
        var body = flow.Skip(opening.Count);
        var back = Of(CalloutKind.LearnMore).Concat(replacesDisclaimer ? [] : Of(CalloutKind.Disclaimer));
        foreach (var item in Blocks([.. opening, .. Of(CalloutKind.KeyPoints), .. Of(CalloutKind.Questions), .. body, .. back]))
        {
            yield return item;
        }
    }

    [Fact]
    public void The_order_check_fails_on_a_block_read_early_or_missing()
    {
        (string, string)[] source = [("Introduction first.", "a.md:1"), ("Key points second.", "a.md:3")];
        Assert.Null(FirstMisorder("Clinic Introduction first. Label Key points second. Contact", source, "x.pdf"));
        Assert.Contains("is read before 'Introduction first.'", FirstMisorder("Key points second. Introduction first.", source, "x.pdf"));
        Assert.Contains("is not in the structure tree", FirstMisorder("Introduction first.", source, "x.pdf"));
    }

    /// <summary>The quoted texts of <c>pdfinfo -struct-text</c>, in tree order.</summary>
    private static IEnumerable<string> StructText(string stdout) =>
        stdout.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 2 && l[0] == '"' && l[^1] == '"').Select(l => l[1..^1]);

    /// <summary>The article's text blocks in source order, each with where it is written.</summary>
    private static IEnumerable<(string Text, string Where)> SourceOrder(Article article, bool replacesDisclaimer)
    {
        var m = article.Metadata;
        yield return (m.Title, "title");
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            yield return (m.Subtitle, "subtitle");
        }

        if (!string.IsNullOrWhiteSpace(m.Summary))
        {
            yield return (m.Summary, "summary");
        }

        foreach (var item in Blocks(article.Blocks.Where(b => !(replacesDisclaimer && b is CalloutBlock { Kind: CalloutKind.Disclaimer }))))
        {
            yield return item;
        }
    }

    private static IEnumerable<(string, string)> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var where = $"{block.Source.Path}:{block.Source.Line}";
            switch (block)
            {
                case HeadingBlock h:
                    yield return (h.PlainText, where);
                    break;
                case ParagraphBlock p:
                    yield return (p.PlainText, where);
                    break;
                case ListBlock l:
                    foreach (var inner in Blocks(l.Items.SelectMany(i => i.Blocks)))
                    {
                        yield return inner;
                    }

                    break;
                case QuoteBlock q:
                    foreach (var inner in Blocks(q.Blocks))
                    {
                        yield return inner;
                    }

                    break;
                case CalloutBlock c:
                    if (c.Title is not null)
                    {
                        yield return (c.Title, where);
                    }

                    foreach (var inner in Blocks(c.Blocks))
                    {
                        yield return inner;
                    }

                    break;
                case TableBlock t:
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                    {
                        yield return (cell.PlainText, where);
                    }

                    break;
            }
        }
    }

    /// <summary>The first 60 characters: enough to be unique, short enough that a paragraph split across two pages
    /// (two P elements) is still found.</summary>
    private static string Key(string text)
    {
        var n = Normalise(text);
        return n.Length <= 60 ? n : n[..60];
    }

    /// <summary>Whitespace collapsed, and hyphens left out on both sides: a word the layout hyphenates is two marked
    /// spans ("fami-" "lies", with ActualText) that pdfinfo prints as they look.</summary>
    private static string Normalise(string text) =>
        Spaces().Replace(text.Replace('\u00A0', ' ').Replace("\u00AD", ""), " ").Trim().Replace("- ", "").Replace("-", "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
