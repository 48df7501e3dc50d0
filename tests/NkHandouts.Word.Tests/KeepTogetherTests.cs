using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace NkHandouts.Word.Tests;

/// <summary>
/// #15: the briefing keeps what belongs together on one page, in Word's own terms (w:keepNext), read back from the
/// DOCX: a myth's box with the fact that answers it (every paragraph of the myth's table keeps with next, which is
/// how Word keeps a table with what follows), a lead-in line with its list, a heading with its first block.
/// </summary>
public sealed class KeepTogetherTests
{
    private const string Markdown = "---\ntitle: Keeps\nlanguage: en\naudience: clinicians\n---\n\n"
        + "## Myth 1: one cure\n\n::: myth\nOne cure for all.\n\nSaid often.\n:::\n\n::: fact\nIt depends.\n:::\n\n"
        + "It depends on many things:\n\n- the cancer\n- the stage\n\nA closing paragraph.\n\n"
        + "::: fact\nA fact alone.\n:::\n\nThe end.\n";

    private static Body Body()
    {
        var article = ArticleLoader.Parse(Markdown, "keeps.md").Value!;
        using var doc = Briefings.Open(Briefings.Render(article, Briefings.BuiltIn()));
        return (Body)doc.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    /// <summary>Keep-with-next as Word reads it: on the paragraph, or from its style chain (headings, box labels).</summary>
    private static bool Keeps(Paragraph p) => p.ParagraphProperties?.GetFirstChild<KeepNext>() is not null;

    [Fact]
    public void Every_paragraph_of_a_myth_box_keeps_with_its_fact()
    {
        var body = Body();
        var tables = body.Descendants<Table>().ToList();
        var myth = tables.Single(t => t.Descendants<TableStyle>().Single().Val == "MythBox");
        var facts = tables.Where(t => t.Descendants<TableStyle>().Single().Val == "FactBox").ToList();
        Assert.Equal(2, facts.Count);
        Assert.Equal(2, myth.Descendants<Paragraph>().Count());
        Assert.All(myth.Descendants<Paragraph>(), p => Assert.True(Keeps(p), $"'{p.InnerText}' does not keep with next"));

        // The myth's label paragraph keeps with its box through its style; the fact's box ends the chain, and a fact
        // with no myth before it keeps with nothing.
        Assert.All(facts.SelectMany(f => f.Descendants<Paragraph>()), p => Assert.False(Keeps(p), $"'{p.InnerText}' keeps with next"));
    }

    [Fact]
    public void A_kept_box_holds_its_row_whole_with_keep_lines_and_other_boxes_with_cant_split()
    {
        var tables = Body().Descendants<Table>().ToList();
        var myth = tables.Single(t => t.Descendants<TableStyle>().Single().Val == "MythBox");

        // LibreOffice imports a one-row w:cantSplit table as one that may not split and then drops its keep with
        // next (KeepWithNext): the kept box has no cantSplit, and each of its paragraphs keeps its lines instead.
        var row = Assert.Single(myth.Elements<TableRow>());
        Assert.Null(row.TableRowProperties?.GetFirstChild<CantSplit>());
        Assert.All(myth.Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.GetFirstChild<KeepLines>()));

        // Boxes that keep with nothing stay whole through their row, as Word authors it.
        Assert.All(tables.Where(t => t != myth).SelectMany(t => t.Elements<TableRow>()), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));

        // keepNext, then keepLines, right after pStyle (CT_PPrBase order): the validator names misplaced ones too.
        var pPr = myth.Descendants<Paragraph>().First().ParagraphProperties!;
        Assert.Equal(["pStyle", "keepNext", "keepLines"], pPr.ChildElements.Take(3).Select(e => e.LocalName));
    }

    [Fact]
    public void A_kept_briefing_validates()
    {
        var article = ArticleLoader.Parse(Markdown, "keeps.md").Value!;
        Assert.Empty(Briefings.ValidationErrors(Briefings.Render(article, Briefings.BuiltIn())));
    }

    [Fact]
    public void A_lead_in_line_keeps_with_its_list_and_ordinary_paragraphs_do_not()
    {
        var paragraphs = Body().Descendants<Paragraph>().ToList();
        Assert.True(Keeps(paragraphs.Single(p => p.InnerText == "It depends on many things:")));
        Assert.False(Keeps(paragraphs.Single(p => p.InnerText == "A closing paragraph.")));
        Assert.False(Keeps(paragraphs.Single(p => p.InnerText == "the stage")));
    }

    [Fact]
    public void A_list_keeps_its_first_item_with_the_second_and_its_last_with_the_one_before()
    {
        const string lists = "---\ntitle: Lists\nlanguage: en\naudience: clinicians\n---\n\n- a1\n- a2\n- a3\n- a4\n- a5\n\nBetween.\n\n- b1\n\n"
            + "::: keypoints\n- k1\n- k2\n- k3\n:::\n";
        using var doc = Briefings.Open(Briefings.Render(ArticleLoader.Parse(lists, "lists.md").Value!, Briefings.BuiltIn()));
        var keeps = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.InnerText.Length == 2).ToDictionary(p => p.InnerText, Keeps);
        Assert.Equal([true, false, false, true, false], new[] { "a1", "a2", "a3", "a4", "a5" }.Select(i => keeps[i]));
        Assert.False(keeps["b1"]); // a one-item list keeps with nothing

        // Inside a box nothing keeps: the row never splits, and LibreOffice would keep the whole box with what follows.
        Assert.Equal([false, false, false], new[] { "k1", "k2", "k3" }.Select(i => keeps[i]));
    }
}
