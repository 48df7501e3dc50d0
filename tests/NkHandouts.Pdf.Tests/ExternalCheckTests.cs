using System.Text.RegularExpressions;

namespace NkHandouts.Pdf.Tests;

/// <summary>The NK leaflets checked by tools that did not write them: poppler (pdffonts, pdfinfo) and qpdf.</summary>
public sealed class ExternalCheckTests(LeafletFixture leaflet) : IClassFixture<LeafletFixture>
{
    public static TheoryData<string> Variants => ["a4", "letter"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Qpdf_check_is_clean(string variant)
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var r = ExternalTool.Run(qpdf, "--check", leaflet.Files[variant]);
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("WARNING", r.Stdout + r.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", r.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_font_is_embedded_subset_and_unicode_mapped(string variant)
    {
        var pdffonts = ExternalTool.Require("pdffonts", "poppler-utils");
        var r = ExternalTool.Run(pdffonts, leaflet.Files[variant]);
        Assert.Equal(0, r.ExitCode);
        var rows = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(rows.Count >= 2, r.Stdout); // regular and bold at least
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+DejaVu", row);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row); // emb sub uni
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Pdfinfo_says_tagged_with_title(string variant)
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var r = ExternalTool.Run(pdfinfo, leaflet.Files[variant]);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"Tagged:\s+yes", r.Stdout);
        Assert.Matches(@"Suspects:\s+no", r.Stdout);
        Assert.Matches(@"Title:\s+" + Regex.Escape(leaflet.Article.Metadata.Title), r.Stdout);
        Assert.Equal(variant == "a4" ? "595.276 x 841.89 pts (A4)" : "612 x 792 pts (letter)", Regex.Match(r.Stdout, @"Page size:\s+(.*)").Groups[1].Value.Trim());
    }

    /// <summary>ISO 32000-1 14.6: BT … ET and BMC/BDC … EMC pairs shall nest, each inside the other or apart. PDFsharp
    /// opened marked content inside text objects and ended the text object inside it (about 1,000 crossings in the
    /// sample's PDFs); read with qpdf, which writes each page's content stream one operator a line.</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void Text_objects_and_marked_content_nest(string variant)
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var expanded = Path.Combine(LeafletFixture.OutputFolder, $"nesting-{variant}-{Guid.NewGuid():N}.pdf");
        try
        {
            var r = ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", "--normalize-content=y", leaflet.Files[variant], expanded);
            Assert.Equal(0, r.ExitCode);
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(expanded));
            var pages = text.Split("%% Contents for page ").Skip(1).ToList();
            Assert.NotEmpty(pages);
            var marked = 0;
            foreach (var page in pages)
            {
                var number = page[..page.IndexOf('\n')];
                var start = page.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length;
                var content = page[start..page.IndexOf("\nendstream", start, StringComparison.Ordinal)];
                var open = new Stack<string>();
                foreach (var line in content.Split('\n').Select(l => l.Trim()))
                {
                    if (line == "BT")
                    {
                        open.Push("BT");
                    }
                    else if (line.EndsWith("BDC", StringComparison.Ordinal) || line.EndsWith("BMC", StringComparison.Ordinal))
                    {
                        open.Push(line);
                        marked++;
                    }
                    else if (line is "ET" or "EMC")
                    {
                        Assert.True(open.Count > 0, $"page {number}: {line} closes nothing");
                        var top = open.Pop();
                        Assert.True(line == "ET" ? top == "BT" : top != "BT", $"page {number}: {line} closes '{top}' (ISO 32000-1 14.6: they must nest)");
                    }
                }

                Assert.True(open.Count == 0, $"page {number}: left open: {string.Join(", ", open)}");
            }

            Assert.True(marked > 20, $"{marked} marked-content sequences: the scan did not see the tagged content");
        }
        finally
        {
            File.Delete(expanded);
        }
    }

    [Fact]
    public void Structure_tree_has_headings_paragraphs_and_lists_in_document_order()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var r = ExternalTool.Run(pdfinfo, "-struct-text", leaflet.Files["a4"]);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        var tags = lines.Select(l => l.Trim().Split(' ')[0].TrimEnd(':')).ToList();
        Assert.Equal("Document", tags[0]);
        Assert.Single(tags, "H1");
        int Index(string tag, string text) => Enumerable.Range(0, lines.Length - 1)
            .FirstOrDefault(i => lines[i].TrimStart().StartsWith(tag + " ", StringComparison.Ordinal) && lines[i + 1].Contains(text, StringComparison.Ordinal), -1);
        var order = new[]
        {
            // Source order: this article keeps its key points in its conclusion, after the myths.
            Index("H1", "Debunking 3 Common Myths"),
            Index("H2", "Myth 1:"),
            Index("H2", "Myth 2:"),
            Index("H2", "Myth 3:"),
            Index("H2", "Key points"),
            tags.IndexOf("L"),
            Index("H2", "Questions to ask your care team"),
        };
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.True(tags.Count(t => t == "P") > 20);
        Assert.Contains("LI", tags);
        Assert.Contains("Lbl", tags);
        Assert.Contains("LBody", tags);
        Assert.Contains("Figure", tags);

        // Words at line ends stay apart in the tagged text.
        Assert.Contains("Debunking 3 Common Myths About NK Cell Therapy", r.Stdout);
    }

    [Fact]
    public void A_paragraph_broken_across_pages_stays_one_structure_element()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var r = ExternalTool.Run(pdfinfo, "-struct-text", leaflet.Files["a4"]);
        var paragraph = leaflet.Article.Blocks.OfType<NkHandouts.Content.ParagraphBlock>().First().PlainText;
        var words = paragraph.Split(' ');
        // Its first and last words sit on different pages, yet one P holds both.
        var block = Regex.Match(r.Stdout, "P \\(block\\)\\s+\"" + Regex.Escape(string.Join(' ', words.Take(4))) + "[^\\n]*\"(\\s+\"[^\\n]*\")*");
        Assert.True(block.Success);
        Assert.Contains(string.Join(' ', words.TakeLast(3)), block.Value);
    }

    [Fact]
    public void Pdftotext_reads_the_leaflet_in_order()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var r = ExternalTool.Run(pdftotext, leaflet.Files["letter"], "-");
        Assert.Equal(0, r.ExitCode);
        PdfText.InOrder(r.Stdout, "Riverside Cancer Care Clinic", "Debunking 3 Common Myths", "Myth 1:", "Myth", "Fact", "Myth 3:", "Key points", "Questions to ask your care team");
        Assert.Contains("IFN-γ", r.Stdout);
    }
}
