using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests;

/// <summary>A short patient article using what the NK article does not: a web address (QR code), a link, its own
/// questions and learn-more containers, a table, and characters the body font may lack.</summary>
internal static class SampleArticle
{
    public const string Url = "https://example.org/leaflets/nk-cells";

    public static Article Load(string extraBody = "")
    {
        var text = $$"""
            ---
            title: NK cell therapy and you
            language: en-GB
            audience: patients
            version: "2.1"
            reviewBy: 2027-01-31
            date: 2026-01-15
            url: {{Url}}
            summary: What NK cell therapy is, and questions to ask.
            ---

            NK cells are part of your **immune system**. Read [our guide](https://example.org/guide) for more.

            ## What it is

            - NK cells find and attack cancer cells.
            - Your care team decides if it suits you.

            | Word | Meaning |
            |---|---|
            | NK | natural killer |

            ::: questions
            - Is this right for me?
            :::

            ::: learnmore
            Ask for our booklet at reception.
            :::

            {{extraBody}}
            """;
        var result = ArticleLoader.Parse(text, Path.Combine(Repo.Content, "sample.md"));
        Assert.False(result.Diagnostics.Any(d => d.IsError), string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>The leaflet output alone: the Word template in the folder does not load here, and is not used.</summary>
    public static readonly TemplateOutputs Outputs = new([new PdfLeafletOutput()]);

    public static Template Leaflet => TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Single(t => t.Name == "patient-leaflet");

    public static (byte[] Bytes, RenderResult Result) Render(Article article, Template template, int size = 0)
    {
        var plan = new LeafletRenderer().Plan(article, template)[size];
        return LeafletFixture.Render(plan, RenderSettings.For(article));
    }
}
