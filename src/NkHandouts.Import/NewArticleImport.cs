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
        Optional(sb, "author", p.GetValueOrDefault("creator") ?? model.AuthorText);
        sb.Append("language: ").Append(p.GetValueOrDefault("language") ?? "en-US").Append('\n');
        sb.Append("audience: ").Append(p.GetValueOrDefault("Audience") ?? "clinicians").Append('\n');
        Optional(sb, "summary", p.GetValueOrDefault("description") ?? model.SummaryText);
        Optional(sb, "version", p.GetValueOrDefault("Version"));
        Optional(sb, "reviewBy", p.GetValueOrDefault("ReviewBy"));
        sb.Append("---\n");

        var blocks = new List<string>();
        var leaves = model.Leaves;
        var blockOf = new Dictionary<WordLeaf, int>(ReferenceEqualityComparer.Instance);
        var pictures = new List<(WordLeaf Leaf, int Block)>();
        var result = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath, NewArticle = true, Refused = refuse, Added = leaves.Count(l => l.Part == "body") };
        if (p.GetValueOrDefault("Audience") is null)
        {
            // Clinicians, because patient templates refuse clinician text: the wrong guess fails loudly, never the reverse.
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, Diagnostics.DiagnosticCodes.ImportAssumed, new SourceLocation(articlePath, AudienceLine(sb), 1),
                $"{Path.GetFileName(docxPath)} does not say whom it is for; the new article's audience was set to clinicians",
                "if the text is for patients, change the line to 'audience: patients' (the reading-level check then applies the patient policy)"));
        }

        for (var i = 0; i < leaves.Count; i++)
        {
            var w = leaves[i];
            if (w.Part != "body")
            {
                continue;
            }

            if (w.Kind == LeafKind.Image)
            {
                pictures.Add((w, blocks.Count)); // located where the next block starts: where the picture stood
                continue;
            }

            blockOf[w] = blocks.Count;

            if (w.Callout >= 0)
            {
                var box = new List<WordLeaf> { w };
                while (i + 1 < leaves.Count && leaves[i + 1].Callout == w.Callout && leaves[i + 1].Part == "body")
                {
                    box.Add(leaves[++i]);
                    blockOf[leaves[i]] = blocks.Count;
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
                    blockOf[leaves[i]] = blocks.Count;
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
                // A bulleted list straight after a numbered one (or the reverse) is a new Markdown list: a blank line.
                while (i + 1 < leaves.Count && leaves[i + 1].Kind == LeafKind.ListItem && leaves[i + 1].Callout < 0 && leaves[i + 1].Part == "body"
                    && (leaves[i + 1].Level > 0 || leaves[i + 1].Ordered == w.Ordered))
                {
                    items.Add(leaves[++i]);
                    blockOf[leaves[i]] = blocks.Count;
                }

                blocks.Add(string.Join("\n", items.Select(item => ArticleEditor.Markdown(item, ""))));
                continue;
            }

            blocks.Add(ArticleEditor.Markdown(w, ""));
        }

        foreach (var part in leaves.Where(l => l.Part != "body").GroupBy(l => l.Part))
        {
            foreach (var note in part)
            {
                blockOf[note] = blocks.Count;
            }

            blocks.Add("[^" + part.Key[2..] + "]: " + string.Join("\n\n    ", part.Select(l => ArticleEditor.Markdown(l, "    "))));
        }

        // Each warning names the Word paragraph and the new article's line where its block (or the next one) starts.
        var frontMatterLines = sb.ToString().Count(c => c == '\n') + 1; // and the blank line after it
        var starts = new List<int>();
        var line = frontMatterLines + 1;
        foreach (var block in blocks)
        {
            starts.Add(line);
            line += block.Count(c => c == '\n') + 2;
        }

        SourceLocation At(int block) => new(articlePath, blocks.Count == 0 ? 1 : starts[Math.Min(block, blocks.Count - 1)], 1);
        foreach (var (picture, block) in pictures)
        {
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, Diagnostics.DiagnosticCodes.ImportUnmappable, At(block),
                $"{Path.GetFileName(docxPath)} {picture.Where}: a picture has no Markdown form here and was not imported", "save the picture next to the article and add ![description](file.png)"));
        }

        foreach (var w in leaves)
        {
            foreach (var part in w.Unmappable)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, Diagnostics.DiagnosticCodes.ImportUnmappable, blockOf.TryGetValue(w, out var at) ? At(at) : At(0),
                    $"{Path.GetFileName(docxPath)} {w.Where}: {part.What} {part.Why}; its text (if any) was kept", part.Hint));
            }
        }

        foreach (var c in model.Comments)
        {
            result.Comments.Add(new ReviewComment(c.Author, c.Date, c.Text, c.Anchor, c.Leaf is { } l && blockOf.TryGetValue(l, out var at) ? At(at) : new SourceLocation(articlePath, 1, 1), c.Leaf?.Where ?? "document"));
        }

        sb.Append('\n').Append(string.Join("\n\n", blocks)).Append('\n');
        return new ImportResultBuilder(result, sb.ToString()).Build();
    }

    private static int AudienceLine(StringBuilder frontMatter) =>
        frontMatter.ToString().Split('\n').TakeWhile(l => !l.StartsWith("audience:", StringComparison.Ordinal)).Count() + 1;

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
