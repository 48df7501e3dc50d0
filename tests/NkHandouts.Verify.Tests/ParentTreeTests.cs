using System.Text.RegularExpressions;
using NkHandouts.Verify.Accessibility;

namespace NkHandouts.Verify.Tests;

/// <summary>
/// Marked content is tagged when the page's parent-tree entry names a structure element for its MCID and some
/// element's /K holds that MCID (01-005 asks for both links, not that they name the same element). The check looks at
/// the named element first and gathers every element's MCIDs only when that one does not hold it; this is that path.
/// </summary>
public sealed class ParentTreeTests(MutationTests.Baseline baseline) : IClassFixture<MutationTests.Baseline>
{
    private static readonly PdfVerifier Verifier = new([new PdfUaCheck()]);

    [Fact]
    public void Parent_tree_entries_that_name_the_wrong_elements_still_tag_content_some_element_holds()
    {
        var swap = new Regex(@"(/Nums \[\n    0\n    \[\n      )(\d+ 0 R)(\n      )(\d+ 0 R)\n");
        Assert.Matches(swap, baseline.Qdf);
        var swapped = swap.Replace(baseline.Qdf, "$1$4$3$2\n", 1);
        Assert.NotEqual(baseline.Qdf, swapped);

        var path = baseline.Repair(swapped, "swap the first two parent-tree entries");
        Assert.Empty(Verifier.Verify(path, File.ReadAllBytes(path)).Findings);
    }

    [Fact]
    public void Content_whose_parent_tree_element_and_every_other_hold_it_on_another_page_is_reported()
    {
        // The element holding MCID 1 of the first page says its content is on the catalog's object instead (/Pg): the
        // parent tree still names it, but no element holds MCID 1 on that page.
        var move = new Regex(@"(\n  /K 1\n  /P \d+ 0 R\n  /Pg )\d+( 0 R\n)");
        Assert.Matches(move, baseline.Qdf);
        var path = baseline.Repair(move.Replace(baseline.Qdf, "${1}1$2", 1), "move an mcid to another page");
        var findings = Verifier.Verify(path, File.ReadAllBytes(path)).Findings;
        Assert.Contains(findings, f => f is { Rule: "01-005", Page: 1 } && f.Message == "marked content MCID 1 is not a kid of any structure element");
    }
}
