using System.Globalization;
using System.Text;
using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>
/// The briefings whose pages the pagination tests read back from LibreOffice's PDF: "nk" (the clinician template),
/// "lists" (thirty short lists) and "pairs", 24 myth/fact pairs with headings, lead-in lines, lists and tables between filler paragraphs of
/// varying length, so that boxes and headings fall at many heights on the page and some reach a page's foot.
/// </summary>
public sealed class PaginationFixture : LibreOfficeConversion
{
    public PaginationFixture()
    {
        Articles = new Dictionary<string, Article>
        {
            ["nk"] = Tests.Briefings.NkArticle(),
            ["pairs"] = ArticleLoader.Parse(PairsMarkdown(), "pairs.md").Value!,
            ["lists"] = ArticleLoader.Parse(ListsMarkdown(), "lists.md").Value!,
        };
    }

    public IReadOnlyDictionary<string, Article> Articles { get; }

    protected override IReadOnlyDictionary<string, byte[]> Briefings() => new Dictionary<string, byte[]>
    {
        ["nk"] = Tests.Briefings.Render(Articles["nk"], Tests.Briefings.ClinicianTemplate()),
        ["pairs"] = Tests.Briefings.Render(Articles["pairs"], NoContents),
        ["lists"] = Tests.Briefings.Render(Articles["lists"], NoContents),
    };

    /// <summary>No contents list: its lines repeat the headings and are not headings themselves.</summary>
    private static Templates.Template NoContents => Tests.Briefings.BuiltIn() with { Options = new BriefingOptions { Reference = null, TableOfContents = false } };

    private static string PairsMarkdown()
    {
        var md = new StringBuilder("---\ntitle: Pagination Check\nlanguage: en\naudience: clinicians\n---\n\nAn opening paragraph.\n\n");
        for (var i = 1; i <= 24; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            md.Append("## Claim ").Append(n).Append(": a heading long enough to wrap onto a second line on a narrow page\n\n");
            md.Append("::: myth\n").Append(Repeat("Claim " + n + " is a statement that this box answers in the next one. ", 1 + (i % 3))).Append("\n:::\n\n");
            md.Append("::: fact\nThe answer to claim ").Append(n).Append(" stays on the page of the claim.\n:::\n\n");
            if (i % 6 is var filler and > 0)
            {
                md.Append(Repeat("A filler sentence that moves what follows down the page by part of a line. ", filler)).Append("\n\n");
            }
            if (i % 4 == 0)
            {
                md.Append("The steps are these:\n\n- the first step\n- the second step\n- the third step\n\n");
            }

            if (i % 5 == 0)
            {
                md.Append("### Table ").Append(n).Append('\n').Append("\n| Item | Value |\n|---|---|\n| one | 1 |\n| two | 2 |\n\n");
            }
        }

        return md.ToString();
    }

    /// <summary>Four-item lists, each after a heading, filler of varying length and a lead-in line, so that lists
    /// reach a page's foot at many points.</summary>
    private static string ListsMarkdown()
    {
        var md = new StringBuilder("---\ntitle: List Check\nlanguage: en\naudience: clinicians\n---\n\nAn opening paragraph.\n\n");
        for (var i = 1; i <= 30; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            md.Append("## Steps ").Append(n).Append("\n\n");
            md.Append(Repeat("A filler sentence that moves what follows down the page by part of a line. ", 1 + (i % 5))).Append("\n\n");
            md.Append("Do these in order:\n\n");
            foreach (var step in new[] { "first", "second", "third", "last" })
            {
                md.Append("- the ").Append(step).Append(" step of list ").Append(n).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static string Repeat(string sentence, int times) => string.Concat(Enumerable.Repeat(sentence, times)).TrimEnd();
}
