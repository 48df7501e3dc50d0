using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using M = DocumentFormat.OpenXml.Math;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Tests;

/// <summary>
/// A Word document nkhandouts did not write — pandoc's, LibreOffice's (in <see cref="LibreOfficeRoundTripTests"/>),
/// one typed in Word — imports into a new article by its styles, with front matter from its properties and its title
/// block, located warnings for what has no Markdown form, and a text the article loader reads back.
/// </summary>
public sealed class ForeignDocumentTests : IDisposable
{
    /// <summary>What pandoc and LibreOffice are given: a title block, two heading levels, bold and italic, a footnote,
    /// a bulleted then a numbered list, a quote, a table and a link.</summary>
    public const string Source = """
        ---
        title: Looking after your wound
        subtitle: After minor surgery
        author: Ward 5 nursing team
        lang: en-GB
        ---

        # Keeping it clean

        Wash your hands **before** you touch the dressing. Keep the wound *dry* for two days.[^1]

        ## Signs to look for

        - Redness that spreads
        - Pus or a bad smell
        - A fever

        1. Call the ward.
        2. Say when your operation was.

        > If you feel very unwell, call 999.

        | Day | What to do |
        | --- | --- |
        | 1–2 | Keep it dry |
        | 3 | Shower gently |

        See the [NHS page](https://www.nhs.uk/conditions/) for more.

        [^1]: Ask your nurse if the dressing gets wet.
        """;

    /// <summary>The new article: Heading 1 becomes <c>##</c> (the title is the front matter's), lists of two kinds
    /// stay two lists, the Author paragraph is front matter (not body text), and the audience is the safe guess.</summary>
    public const string Expected = """
        ---
        title: Looking after your wound
        subtitle: After minor surgery
        author: Ward 5 nursing team
        language: en-GB
        audience: clinicians
        ---

        ## Keeping it clean

        Wash your hands **before** you touch the dressing. Keep the wound _dry_ for two days.[^1]

        ### Signs to look for

        - Redness that spreads
        - Pus or a bad smell
        - A fever

        1. Call the ward.
        1. Say when your operation was.

        > If you feel very unwell, call 999.

        | Day | What to do |
        | --- | --- |
        | 1–2 | Keep it dry |
        | 3 | Shower gently |

        See the [NHS page](https://www.nhs.uk/conditions/) for more.

        [^1]: Ask your nurse if the dressing gets wet.

        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_pandoc_document_becomes_a_new_article_by_its_styles()
    {
        ExternalTool.Require("pandoc", "pandoc");
        File.WriteAllText(_dir.Combine("source.md"), Source + "\n");
        var run = ExternalTool.RunIn(_dir.Path, "pandoc", "source.md", "-o", "pandoc.docx");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var result = AssertNewArticle(File.ReadAllBytes(_dir.Combine("pandoc.docx")), "wound.md", Expected, _dir.Path);
        var assumed = Assert.Single(result.Diagnostics);
        AssertAudienceAssumed(assumed, result);
    }

    /// <summary>Imports <paramref name="docx"/> into a new article, checks its text and that it loads as an article.</summary>
    internal static ImportResult AssertNewArticle(byte[] docx, string articleName, string expected, string dir)
    {
        var article = Path.Combine(dir, articleName);
        var result = RoundTrip.Import(docx, article, dir, Path.ChangeExtension(articleName, ".docx"));
        Assert.True(result.NewArticle);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, result.NewText);
        Assert.StartsWith("--- /dev/null\n+++ b/", result.Diff, StringComparison.Ordinal);
        Assert.Contains("\n@@ -0,0 +1,", result.Diff, StringComparison.Ordinal);

        File.WriteAllText(article, result.NewText);
        var loaded = ArticleLoader.Load(article, ArticleLoadOptions.Default with { ContentRoot = dir });
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return result;
    }

    internal static void AssertAudienceAssumed(Diagnostic d, ImportResult result)
    {
        Assert.Equal((DiagnosticCodes.ImportAssumed, Severity.Warning), (d.Code, d.Severity));
        Assert.Equal("audience: clinicians", result.NewText.Split('\n')[d.Location.Line - 1]);
    }

    [Fact]
    public void A_document_typed_in_Word_imports_by_Words_own_styles_with_located_warnings()
    {
        var docx = WordTyped();
        const string expected = """
            ---
            title: Your blood test
            author: Dr A Clinician
            language: en-US
            audience: clinicians
            ---

            ## Before the test

            You can eat and drink as usual.

            - Bring your appointment letter
            - Wear a short-sleeved top

            > Tell us if you faint easily.

            Read more on [our website](https://example.org/blood-tests).

            The result is ready in a week.t=7

            """;
        var result = AssertNewArticle(docx, "blood-test.md", expected, _dir.Path);
        AssertAudienceAssumed(Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportAssumed), result);

        // The equation has no Markdown form: named, with the new article's line of the paragraph it was in (its text kept).
        var equation = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportUnmappable);
        Assert.Contains("an equation", equation.Message, StringComparison.Ordinal);
        Assert.Contains("paragraph", equation.Message, StringComparison.Ordinal);
        Assert.Equal("The result is ready in a week.t=7", result.NewText.Split('\n')[equation.Location.Line - 1]);
    }

    /// <summary>A document as Word stores one typed with its built-in styles: Title, Heading 1, List Bullet (numbered
    /// through the style, not the paragraph), Quote, a hyperlink relationship, core properties, an equation.</summary>
    private static byte[] WordTyped()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = "Your blood test";
            doc.PackageProperties.Creator = "Dr A Clinician";
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                ParagraphStyle("Normal", "Normal", null),
                ParagraphStyle("Title", "Title", "Normal"),
                ParagraphStyle("Heading1", "heading 1", "Normal"),
                ParagraphStyle("ListParagraph", "List Paragraph", "Normal"),
                ParagraphStyle("ListBullet", "List Bullet", "Normal", new NumberingProperties(new NumberingId { Val = 1 })),
                ParagraphStyle("Quote", "Quote", "Normal"));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            var link = main.AddHyperlinkRelationship(new Uri("https://example.org/blood-tests"), true);
            main.Document = new Document(new Body(
                Styled("Title", new Run(new WText("Your blood test"))),
                Styled("Heading1", new Run(new WText("Before the test"))),
                Styled(null, new Run(new WText("You can eat and drink as usual."))),
                Styled("ListBullet", new Run(new WText("Bring your appointment letter"))),
                Styled("ListBullet", new Run(new WText("Wear a short-sleeved top"))),
                Styled("Quote", new Run(new WText("Tell us if you faint easily."))),
                Styled(null, new Run(new WText("Read more on ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Hyperlink(new Run(new WText("our website"))) { Id = link.Id }, new Run(new WText("."))),
                Styled(null, new Run(new WText("The result is ready in a week.")),
                    new M.OfficeMath(new M.Run(new M.Text("t=7")))),
                new SectionProperties()));
        }

        return stream.ToArray();
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, NumberingProperties? numbering = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (numbering is not null)
        {
            style.Append(new StyleParagraphProperties(numbering));
        }

        return style;
    }

    private static Paragraph Styled(string? style, params OpenXmlElement[] content)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        p.Append(content);
        return p;
    }
}
