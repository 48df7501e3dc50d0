using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>An article that uses every block and inline kind the model has, written to a temporary folder with a
/// small PNG beside it.</summary>
internal sealed class SyntheticArticle : IDisposable
{
    /// <summary>A 4 × 3 px blue PNG.</summary>
    public const string PngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgiFuKQDg5AOUpDCV8IbCfAAAAAElFTkSuQmCC";

    public const string Markdown = """
        ---
        title: Every Kind of Block
        subtitle: A synthetic article for the briefing writer
        date: 2025-06-30
        author: Test Author
        keywords: [alpha, beta]
        language: en-GB
        audience: clinicians
        summary: Covers headings, lists, callouts, tables, images, quotes, code and footnotes.
        version: "2.3"
        reviewBy: 2026-06-30
        ---

        Opening paragraph with *emphasis*, **strong text**, ***both***, `inline code`, a [web link](https://example.org/guide "Guide"),
        a [mail link](mailto:clinic@example.org), the same [web link again](https://example.org/guide), a footnote[^1] and a hard  
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

        A paragraph between the lists.

        1. Restarted numbered item

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

        ```
        code line one
        code line two
        ```

        ## Section Heading Delta

        Closing paragraph.[^2]

        [^1]: First footnote with a [link](https://example.org/ref).
        [^2]: Second footnote.
        """;

    private readonly TempDir _dir = new();

    public SyntheticArticle()
    {
        File.WriteAllBytes(_dir.Combine("square.png"), Convert.FromBase64String(PngBase64));
        Path = _dir.File("every-block.md", Markdown);
        Article = Briefings.Load(Path);
    }

    public string Path { get; }

    public Article Article { get; }

    public void Dispose() => _dir.Dispose();
}
