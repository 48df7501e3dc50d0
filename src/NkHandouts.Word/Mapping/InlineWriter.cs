using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Word.Styles;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Word.Mapping;

/// <summary>Writes inline content (text, emphasis, links, code, breaks, footnote references) as runs.</summary>
internal static class InlineWriter
{
    public static void Write(OpenXmlElement paragraph, IReadOnlyList<Inline> inlines, HyperlinkRegistry links) =>
        Write(paragraph, inlines, links, default);

    private static void Write(OpenXmlElement target, IReadOnlyList<Inline> inlines, HyperlinkRegistry links, RunFormat format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    target.Append(TextRun(t.Text, format));
                    break;
                case StrongInline s:
                    Write(target, s.Children, links, format with { Strong = true });
                    break;
                case EmphasisInline e:
                    Write(target, e.Children, links, format with { Emphasis = true });
                    break;
                case CodeInline c:
                    AppendCode(target, c.Code, format with { Code = true });
                    break;
                case LineBreakInline:
                    target.Append(new Run(new Break()));
                    break;
                case FootnoteReferenceInline f:
                    target.Append(new Run(
                        new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }),
                        new FootnoteReference { Id = f.Number }));
                    break;
                case LinkInline l when format.Link:
                    Write(target, l.Children, links, format);
                    break;
                case LinkInline l:
                    var hyperlink = new Hyperlink { Id = links.IdFor(l.Url), History = OnOffValue.FromBoolean(true) };
                    if (!string.IsNullOrEmpty(l.Title))
                    {
                        hyperlink.Tooltip = l.Title;
                    }

                    Write(hyperlink, l.Children.Count > 0 ? l.Children : [new TextInline(l.Url)], links, format with { Link = true });
                    target.Append(hyperlink);
                    break;
            }
        }
    }

    public static Run TextRun(string text, RunFormat format = default)
    {
        var run = new Run();
        if (format.Properties() is { } props)
        {
            run.Append(props);
        }

        run.Append(new WText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Code blocks keep their lines: each newline becomes a line break in the same paragraph.</summary>
    private static void AppendCode(OpenXmlElement target, string code, RunFormat format)
    {
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                target.Append(new Run(new Break()));
            }

            target.Append(TextRun(lines[i], format));
        }
    }
}
