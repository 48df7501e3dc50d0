using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Import.Model;
using NkHandouts.Import.Writing;

namespace NkHandouts.Import;

/// <summary>
/// A document with no article behind it (pandoc's, LibreOffice's, one typed in Word) becomes a new article: headings,
/// paragraphs, lists, quotes, tables and footnotes by their styles, front matter from the document's properties.
/// </summary>
internal static class NewArticleImport
{
    public static ImportResult Run(string docxPath, string articlePath, WordDocumentModel model, bool refuse)
    {
        var p = model.Properties;
        var title = p.GetValueOrDefault("title") ?? model.TitleText ?? Path.GetFileNameWithoutExtension(docxPath);
        var sb = new StringBuilder("---\n");
        sb.Append(FrontMatterEditor.Line("title", title)).Append('\n');
        Optional(sb, "subtitle", p.GetValueOrDefault("subject") ?? model.SubtitleText);
        Optional(sb, "author", p.GetValueOrDefault("creator"));
        sb.Append("language: ").Append(p.GetValueOrDefault("language") ?? "en-US").Append('\n');
        sb.Append("audience: ").Append(p.GetValueOrDefault("Audience") ?? "clinicians").Append('\n');
        Optional(sb, "summary", p.GetValueOrDefault("description"));
        Optional(sb, "version", p.GetValueOrDefault("Version"));
        Optional(sb, "reviewBy", p.GetValueOrDefault("ReviewBy"));
        sb.Append("---\n");

        var blocks = new List<string>();
        var leaves = model.Leaves;
        var result = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath, NewArticle = true, Refused = refuse, Added = leaves.Count(l => l.Part == "body") };
        for (var i = 0; i < leaves.Count; i++)
        {
            var w = leaves[i];
            if (w.Part != "body")
            {
                continue;
            }

            if (w.Kind == LeafKind.Image)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, Diagnostics.DiagnosticCodes.ImportUnmappable, new SourceLocation(articlePath, 1, 1),
                    $"{Path.GetFileName(docxPath)} {w.Where}: a picture has no Markdown form here and was not imported", "save the picture next to the article and add ![description](file.png)"));
                continue;
            }

            if (w.Callout >= 0)
            {
                var box = new List<WordLeaf> { w };
                while (i + 1 < leaves.Count && leaves[i + 1].Callout == w.Callout && leaves[i + 1].Part == "body")
                {
                    box.Add(leaves[++i]);
                }

                var name = Content.CalloutKinds.ByName.FirstOrDefault(k => k.Value == (w.CalloutKind ?? Content.CalloutKind.Note)).Key ?? "note";
                blocks.Add("::: " + name + "\n" + string.Join("\n\n", box.Select(b => ArticleEditor.Markdown(b, ""))) + "\n:::");
                continue;
            }

            if (w.Kind == LeafKind.TableRow)
            {
                var rows = new List<WordLeaf> { w };
                while (i + 1 < leaves.Count && leaves[i + 1].Kind == LeafKind.TableRow && leaves[i + 1].Table == w.Table && leaves[i + 1].Part == "body")
                {
                    rows.Add(leaves[++i]);
                }

                var columns = rows.Max(r => r.Cells.Count);
                var lines = new List<string> { ArticleEditor.Markdown(rows[0], ""), "|" + string.Concat(Enumerable.Repeat(" --- |", Math.Max(1, columns))) };
                lines.AddRange(rows.Skip(1).Select(r => ArticleEditor.Markdown(r, "")));
                blocks.Add(string.Join("\n", lines));
                continue;
            }

            if (w.Kind == LeafKind.ListItem)
            {
                var items = new List<WordLeaf> { w };
                while (i + 1 < leaves.Count && leaves[i + 1].Kind == LeafKind.ListItem && leaves[i + 1].Callout < 0 && leaves[i + 1].Part == "body")
                {
                    items.Add(leaves[++i]);
                }

                blocks.Add(string.Join("\n", items.Select(item => ArticleEditor.Markdown(item, ""))));
                continue;
            }

            blocks.Add(ArticleEditor.Markdown(w, ""));
        }

        foreach (var part in leaves.Where(l => l.Part != "body").GroupBy(l => l.Part))
        {
            blocks.Add("[^" + part.Key[2..] + "]: " + string.Join("\n\n    ", part.Select(l => ArticleEditor.Markdown(l, "    "))));
        }

        foreach (var w in leaves)
        {
            foreach (var what in w.Unmappable)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, Diagnostics.DiagnosticCodes.ImportUnmappable, new SourceLocation(articlePath, 1, 1),
                    $"{Path.GetFileName(docxPath)} {w.Where}: {what} has no Markdown form; its text (if any) was kept", "add it to the article by hand if it should stay"));
            }
        }

        foreach (var c in model.Comments)
        {
            result.Comments.Add(new ReviewComment(c.Author, c.Date, c.Text, c.Anchor, new SourceLocation(articlePath, 1, 1), c.Leaf?.Where ?? "document"));
        }

        sb.Append('\n').Append(string.Join("\n\n", blocks)).Append('\n');
        return new ImportResultBuilder(result, sb.ToString()).Build();
    }

    private static void Optional(StringBuilder sb, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            sb.Append(FrontMatterEditor.Line(key, value.Trim())).Append('\n');
        }
    }

    private sealed class ImportResultBuilder(ImportResult r, string text)
    {
        public ImportResult Build()
        {
            var result = new ImportResult { DocumentPath = r.DocumentPath, ArticlePath = r.ArticlePath, NewArticle = true, NewText = text, Refused = r.Refused, Added = r.Added };
            result.Diagnostics.AddRange(r.Diagnostics);
            result.Comments.AddRange(r.Comments);
            return result;
        }
    }
}
