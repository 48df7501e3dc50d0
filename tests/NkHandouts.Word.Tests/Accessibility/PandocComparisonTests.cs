namespace NkHandouts.Word.Tests.Accessibility;

/// <summary>The same DOCX accessibility check run on what pandoc writes for the same articles (pandoc's default
/// reference.docx, `pandoc -f markdown -t docx`), as a comparison: it shows the check judges any Word file, not only
/// ours, and records what a general converter leaves undone. Our briefings of the same articles pass (see
/// <see cref="BriefingAccessibilityTests"/>).</summary>
public sealed class PandocComparisonTests
{
    private static IReadOnlyList<DocxAccessibility.Finding> Pandoc(string article, string workingDirectory)
    {
        var pandoc = ExternalTool.Require("pandoc", "pandoc");
        var output = Path.Combine(workingDirectory, "pandoc-" + Path.GetFileNameWithoutExtension(article) + ".docx");
        var run = ExternalTool.RunIn(Path.GetDirectoryName(article), pandoc, "-f", "markdown", "-t", "docx", "-o", output, article);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return DocxAccessibility.Check(File.ReadAllBytes(output));
    }

    [Fact]
    public void Pandoc_docx_of_the_nk_article_skips_a_heading_level()
    {
        using var dir = new TempDir();
        var findings = Pandoc(Repo.NkArticle, dir.Path);
        // `##` becomes Heading 2 under a Title paragraph: no Heading 1 in the outline. Nothing else fails here:
        // pandoc writes no spacer paragraphs, and its boxes are not boxes (fenced divs become plain paragraphs).
        var finding = Assert.Single(findings);
        Assert.Equal("heading-order", finding.Rule);
        Assert.Contains("level 2 after no heading", finding.Message);
    }

    [Fact]
    public void Pandoc_docx_of_the_every_block_article_has_low_contrast_links_and_headings()
    {
        using var dir = new TempDir();
        using var synthetic = new SyntheticArticle();
        var findings = Pandoc(synthetic.Path, dir.Path);
        // Pandoc gives the picture alt text and a title and marks the table's header row (tblHeader): those pass.
        // Its default styles colour links and Heading 3/4 #4F81BD: 4.03:1 on white, under 4.5:1 for their size.
        Assert.Equal(["contrast", "contrast", "contrast", "heading-order"], findings.Select(f => f.Rule).Order());
        Assert.All(findings.Where(f => f.Rule == "contrast"), f => Assert.StartsWith("#4F81BD on #FFFFFF is 4.03:1", f.Message));
        Assert.Contains(findings, f => f.Where.Contains("Hyperlink", StringComparison.Ordinal));
    }
}
