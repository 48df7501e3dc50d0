namespace NkHandouts.Testing;

/// <summary>
/// An article that uses every block and inline kind the content model has (headings at three levels, nested and
/// restarted lists, a quote, each callout kind, a table with alignments, an image, a rule, code, footnotes), written
/// to a temporary folder with a small PNG beside it. The audience is a parameter so patient and clinician templates
/// can both render it. Each block carries a word no other block has (<see cref="Markers"/>), so a test can find it in
/// any output.
/// </summary>
public sealed class EveryBlockArticle : IDisposable
{
    /// <summary>A word only one block's text holds, by the kind of block it is in.</summary>
    public static readonly IReadOnlyDictionary<string, string> Markers = new Dictionary<string, string>
    {
        ["HeadingBlock"] = "Gamma",
        ["ParagraphBlock"] = "Opening",
        ["ListBlock"] = "Bullet",
        ["ListItemBlock"] = "Nested",
        ["QuoteBlock"] = "Quoted",
        ["CalloutBlock"] = "callout",
        ["TableBlock"] = "Aldesleukin",
        ["FootnoteBlock"] = "Endnote",
    };

    private readonly TempDir _dir = new();

    public EveryBlockArticle(string audience = "patients")
    {
        System.IO.File.WriteAllBytes(_dir.Combine("square.png"), TestImages.Png(40, 30));
        Path = _dir.File("every-block.md", Markdown(audience));
    }

    public string Path { get; }

    public string Folder => _dir.Path;

    public static string Markdown(string audience) => $$"""
        ---
        title: Every Kind of Block
        subtitle: A synthetic article
        date: 2025-06-30
        author: Test Author
        language: en-GB
        audience: {{audience}}
        summary: Covers headings, lists, callouts, tables, images, quotes, code and footnotes.
        version: "2.3"
        reviewBy: 2026-06-30
        ---

        Opening paragraph with *emphasis*, **strong text**, `inline code`, a [web link](https://example.org/guide "Guide"),
        a footnote[^1] and a hard  
        line break.

        ## Section Heading Alpha

        #### Deep Heading Gamma

        - Bullet item one
          - Nested item
        - Bullet item two

        3. Numbered item three

        > Quoted guidance paragraph.

        ::: myth
        Myth callout text.
        :::

        ::: fact
        Fact callout text.
        :::

        ::: warning
        Warning callout text.
        :::

        | Drug | Dose |
        |:-----|-----:|
        | Aldesleukin | 10 |

        ![A blue test square](square.png)

        ---

        ```
        code line
        ```

        Closing paragraph.[^1]

        [^1]: Endnote wording.

        """;

    public void Dispose() => _dir.Dispose();
}
