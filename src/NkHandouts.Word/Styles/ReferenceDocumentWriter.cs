using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Word.Styles;

/// <summary>
/// Writes a template's reference.docx: the built-in styles, numbering, theme, page setup, header and footer, and a
/// sample body that shows every style, so a user can open it in Word, restyle it and save it back. It is made by
/// the project's own writer from the sample below, with a fixed date, so regenerating it gives the same bytes.
/// </summary>
public static class ReferenceDocumentWriter
{
    private static readonly DateTimeOffset FixedDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Diagnostic> Write(Template template, Stream destination)
    {
        var builtIn = template with { Options = BriefingOptions.Of(template) with { Reference = null } };
        var result = ArticleLoader.Parse(Sample(template.Name), "reference.md");
        if (result.Value is null)
        {
            throw new InvalidOperationException("the built-in sample article does not load: " + string.Join("; ", result.Diagnostics));
        }

        return BriefingWriter.Write(result.Value, builtIn, new RenderSettings(FixedDate, RenderSettings.CurrentToolVersion), destination);
    }

    private static string Sample(string name) => $$"""
        ---
        title: Reference document for {{name}}
        subtitle: Restyle this document in Word to change how every briefing looks
        language: en-US
        audience: clinicians
        version: "1.0"
        date: 2000-01-01
        author: NkHandouts
        ---

        This is **Normal** text with *emphasis*, **strong** words, `code` and a [hyperlink](https://example.org).
        Briefings built from this template take their styles, theme, fonts, numbering, page setup, header and footer
        from this file; this sample text is never copied into them.[^1]

        ## Heading 1: how to restyle

        1. Open this file in Word and show the Styles pane (Home › Styles).
        2. Right-click a style, choose Modify, and change its font, size, colour or spacing.
           - Keep the style names: the briefing finds styles by name.
           - Do not delete styles; missing ones are added back with the built-in look.
        3. Save as Word Document (.docx) under the same name.

        ### Heading 2: lists

        - List Bullet, first level
          - List Bullet, second level
        - List Bullet again

        #### Heading 3: quotes and tables

        > Quote style: for quoted guidance.

        | Briefing Table | header row | repeats on every page |
        |---|---|---|
        | Cell | Cell | Cell |

        ::: myth
        Myth: the label above uses the Myth style; the box uses the Myth Box table style.
        :::

        ::: fact
        Fact: the label uses the Fact style; the box uses the Fact Box table style.
        :::

        ::: keypoints
        - Key Points label and Key Points Box table style.
        :::

        ::: note
        Other callouts (notes, warnings, questions) use the Callout and Callout Box styles.
        :::

        [^1]: Footnote Text style.
        """;
}
