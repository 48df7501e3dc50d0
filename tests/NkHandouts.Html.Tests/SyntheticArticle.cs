namespace NkHandouts.Html.Tests;

/// <summary>An article that uses every block and inline kind the model has, in a temporary folder with a small PNG
/// beside it.</summary>
public sealed class SyntheticArticle : IDisposable
{
    public const string Markdown = """
        ---
        title: Every Kind of Block
        subtitle: A synthetic article for the web page
        date: 2025-06-30
        author: Test Author
        keywords: [alpha, beta]
        language: en-GB
        audience: patients
        summary: Covers headings, lists, callouts, tables, images, quotes, code and footnotes.
        version: "2.3"
        reviewBy: 2026-06-30
        url: https://example.org/every-block
        source: { title: The Original, author: A. Writer, published: 2025-01-02, note: Adapted. }
        ---

        Opening paragraph with *emphasis*, **strong text**, `inline code`, a [web link](https://example.org/guide "Guide"),
        a [mail link](mailto:clinic@example.org), a bare link [https://example.org/x](https://example.org/x), a footnote[^1] and a hard  
        line break.

        ## Section Heading Alpha

        ### Sub Heading Beta

        #### Deep Heading Gamma

        - Bullet item one
          - Nested bullet item
            1. Deep numbered item
        - Bullet item two

          Second paragraph of item two.

        3. Numbered item three
        4. Numbered item four

        > Quoted guidance paragraph.

        ::: myth
        Myth callout text.
        :::

        ::: fact The reality
        Fact callout text.
        :::

        ::: keypoints
        - Key point bullet
        :::

        ::: warning
        Warning callout text.
        :::

        | Drug | Dose | Notes |
        |:-----|-----:|:-----:|
        | Aldesleukin | 10 | **bold** cell |
        | Cell two | 20 | plain |

        ![A blue test square](square.png "Figure 1: a blue square")

        ---

        ## Section Heading Delta

        Closing paragraph.[^2] Again the first note.[^1]

        ## Section Heading Epsilon

        Last words.

        [^1]: First footnote with a [link](https://example.org/ref).
        [^2]: Second footnote.
        """;

    private readonly TempDir _dir = new();

    public SyntheticArticle()
    {
        File.WriteAllBytes(_dir.Combine("square.png"), TestImages.Png(40, 30));
        Path = _dir.File("every-block.md", Markdown);
        Article = Pages.Load(Path);
    }

    public string Path { get; }

    public NkHandouts.Content.Article Article { get; }

    public void Dispose() => _dir.Dispose();
}
