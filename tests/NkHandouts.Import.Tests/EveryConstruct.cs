namespace NkHandouts.Import.Tests;

/// <summary>A synthetic article with every construct the model supports, in a temporary folder with its image.</summary>
internal sealed class EveryConstruct : IDisposable
{
    public const string PngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgiFuKQDg5AOUpDCV8IbCfAAAAAElFTkSuQmCC";

    public const string Markdown = """
        ---
        title: Every Kind of Block
        subtitle: A synthetic article for the round trip
        date: 2025-06-30
        author: Test Author
        language: en-GB
        audience: clinicians
        summary: Covers headings, lists, callouts, tables, images, quotes, code and footnotes.
        version: "2.3"
        reviewBy: 2026-06-30
        ---

        Opening paragraph with *emphasis*, **strong text**, ***both***, `inline code`, a [web link](https://example.org/guide "Guide"),
        a [mail link](mailto:clinic@example.org), a footnote[^1] and a hard  
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

        > Quoted guidance paragraph.
        >
        > A second quoted paragraph.

        ::: myth
        Myth callout text.
        :::

        ::: fact The reality
        Fact callout text with **bold** words.

        A second fact paragraph.
        :::

        ::: keypoints
        - Key point one
        - Key point two
        :::

        ::: warning
        ### A heading in a box

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

    public EveryConstruct()
    {
        File.WriteAllBytes(_dir.Combine("square.png"), Convert.FromBase64String(PngBase64));
        Path = _dir.File("every-block.md", Markdown + "\n");
    }

    public string Path { get; }

    public string Folder => _dir.Path;

    public void Dispose() => _dir.Dispose();
}
