using DocumentFormat.OpenXml.Packaging;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Import.Matching;
using NkHandouts.Import.Model;
using NkHandouts.Import.Reading;
using NkHandouts.Import.Source;
using NkHandouts.Import.Writing;
using NkHandouts.IO;
using NkHandouts.Hashing;

namespace NkHandouts.Import;

/// <summary>
/// Maps an edited briefing back onto its article: reads the DOCX (settling tracked changes as asked), matches its
/// paragraphs to the article's blocks, and rewrites only what changed. A DOCX that names no article (not made by
/// nkhandouts) becomes a new article, built from its styles.
/// </summary>
public static class Importer
{
    public static ImportResult Import(string docxPath, ImportOptions options)
    {
        if (FileKind.Special(docxPath) is { } kind)
        {
            return Failed(docxPath, DiagnosticCodes.FileUnreadable, $"the document is {kind}, not a file; it is not read", "give the path of the .docx file itself");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(docxPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(docxPath, DiagnosticCodes.FileUnreadable, $"cannot read the document: {e.Message}", "check the path");
        }

        // A returned document is untrusted: a zip bomb is refused by its sizes before any XML parser inflates it, and
        // a damaged one (a part cut short or missing) is named by part, line and column before the SDK trips on it.
        if (SafeArchive.Check(bytes, out var problem) is { } refusal)
        {
            return problem switch
            {
                SafeArchive.ArchiveProblem.Damaged => Failed(docxPath, DiagnosticCodes.ImportUnreadable, $"the document cannot be read: {refusal}", RepairHint),
                SafeArchive.ArchiveProblem.NotZip => Failed(docxPath, DiagnosticCodes.ImportUnreadable, $"not a Word document (.docx) that can be read: {refusal}",
                    "copy the file again from where it came (a download or copy may have been cut short), or save it from Word or LibreOffice as 'Word Document (.docx)'"),
                _ => Failed(docxPath, DiagnosticCodes.ImportUnreadable, $"not a Word document (.docx) that can be read: {refusal}", "save it from Word or LibreOffice as 'Word Document (.docx)'"),
            };
        }

        if (ParagraphBudget.Over(bytes) is { } paragraphs)
        {
            return Failed(docxPath, DiagnosticCodes.ImportUnreadable,
                $"the document is refused: it holds {paragraphs:N0} paragraphs; import reads at most {ParagraphBudget.MaxParagraphs:N0} (matching them to the article takes time that grows faster than their number)",
                "check that this is the clinician's file; an article that long should be split into several, each with its own briefing");
        }

        using var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(stream, true);
            return Import(document, docxPath, options);
        }
        catch (System.Xml.XmlException e)
        {
            // SafeArchive parsed every .xml and .rels part; a part under another name can still be broken.
            return Failed(docxPath, DiagnosticCodes.ImportUnreadable,
                $"the document cannot be read: one of its parts is damaged at line {e.LineNumber}, column {e.LinePosition}: its XML is not well-formed there", RepairHint);
        }
        catch (Exception e) when (e is OpenXmlPackageException || ThrownByThePackageReader(e))
        {
            // The SDK's own words name its internals (package URIs, part types), not what a clinician can do.
            return Failed(docxPath, DiagnosticCodes.ImportUnreadable,
                $"the document cannot be read: its parts do not fit together as a Word document's do ({e.GetType().Name})", RepairHint);
        }
    }

    /// <summary>An exception the SDK, the packaging or the zip reader threw (a part missing, a relationship it cannot
    /// follow): the document's fault. One our own code throws is a bug, and stays one.</summary>
    private static bool ThrownByThePackageReader(Exception e) =>
        e.Source is "DocumentFormat.OpenXml" or "DocumentFormat.OpenXml.Framework" or "System.IO.Packaging" or "System.IO.Compression";

    private const string RepairHint = "the file is damaged: open it in Word (which offers to repair it) or LibreOffice, save it again as 'Word Document (.docx)', and import the saved file";

    private static ImportResult Import(WordprocessingDocument document, string docxPath, ImportOptions options)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is null)
        {
            return Failed(docxPath, DiagnosticCodes.ImportUnreadable, "the document cannot be read: its main part has no body (w:body), so it holds no text", RepairHint);
        }

        var pending = RevisionFinder.Find(main).Any();
        if (pending && options.TrackChanges != TrackChanges.Refuse)
        {
            RevisionResolver.Apply(main, options.TrackChanges == TrackChanges.Accept);
        }

        var model = DocxReader.Read(document);

        var articlePath = options.ArticlePath ?? (model.Properties.TryGetValue("ArticlePath", out var recorded) ? recorded : null);
        if (articlePath is null)
        {
            return Failed(docxPath, DiagnosticCodes.ImportNoArticle, "the document does not say which article it was built from (no ArticlePath property): it was not made by nkhandouts", "pass --article content/NAME.md to import it as a new article (or into that article)");
        }

        // The path a document records is the document's word, and anyone can edit a .docx: only a path the user
        // gives (--article) may point anywhere; a recorded one must name an article in the content folder.
        if (options.ArticlePath is null && RecordedArticle.Refusal(articlePath, options.ContentRoot) is { } outside)
        {
            return Failed(docxPath, DiagnosticCodes.ImportArticleOutside, outside,
                "pass --article content/NAME.md to import it into an article of this project (or --content DIR when the articles are in another folder)");
        }

        if (!File.Exists(articlePath) && options.ArticlePath is null)
        {
            // The briefing names an article that is gone: renamed or deleted since the build. Making it anew from the
            // briefing would leave the renamed one behind with none of the edits (and the furniture as text).
            return Failed(docxPath, DiagnosticCodes.ImportNoArticle,
                $"the document was built from '{Printable.Escape(articlePath)}', which does not exist (renamed or deleted since?); nothing was written",
                "pass --article content/NAME.md: the article's new name, or a new file to make a new article from the document");
        }

        if (model.Leaves.Count == 0 && model.TitleText is null && !File.Exists(articlePath))
        {
            return Empty(docxPath, "make an article with no text");
        }

        if (!File.Exists(articlePath))
        {
            return NewArticleImport.Run(docxPath, articlePath, model, pending && options.TrackChanges == TrackChanges.Refuse);
        }

        var diagnostics = new DiagnosticBag();
        var raw = SourceFile.ReadText(articlePath, diagnostics);
        if (raw is null)
        {
            var failed = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath };
            failed.Diagnostics.AddRange(diagnostics.Items);
            return failed;
        }

        var fileBytes = File.ReadAllBytes(articlePath);
        var crlf = System.Text.Encoding.UTF8.GetString(fileBytes).Contains("\r\n", StringComparison.Ordinal);
        var bom = fileBytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]);
        var loadOptions = ArticleLoadOptions.Default with { ContentRoot = options.ContentRoot is null ? null : Path.GetFullPath(options.ContentRoot) };
        var loaded = ArticleLoader.Parse(raw, articlePath, loadOptions);
        if (loaded.Value is not { } article)
        {
            var failed = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath, OldText = raw, NewText = raw };
            failed.Diagnostics.AddRange(loaded.Diagnostics.Where(d => d.IsError));
            return failed;
        }

        if (StackedTables(article, model, articlePath) is { Count: > 0 } stacked)
        {
            var refused = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath, OldText = raw, NewText = raw };
            refused.Diagnostics.AddRange(stacked);
            return refused;
        }

        var text = article.SourceText!;
        var source = SourceLeaves.Of(AsBuilt(article, model), out var identities);
        if (model.Leaves.Count == 0 && source.Count > 0)
        {
            return Empty(docxPath, $"delete every block of '{Printable.Escape(articlePath)}'");
        }

        var changedSince = model.Properties.TryGetValue("SourceHash", out var hash) && !string.Equals(hash, Sha256.Hex(fileBytes), StringComparison.OrdinalIgnoreCase);
        var result = Map(docxPath, articlePath, text, identities.Spans!, source, model, article.Metadata, pending && options.TrackChanges == TrackChanges.Refuse,
            changedSince ? options.Conflicts : null);
        if (changedSince)
        {
            result.Diagnostics.Insert(0, new Diagnostic(Severity.Warning, DiagnosticCodes.ImportArticleChanged, SourceLocation.FileOnly(articlePath),
                $"{articlePath} changed since {Path.GetFileName(docxPath)} was built; its paragraphs were matched by text and position, and its blocks by the fingerprints the briefing carries",
                "read the diff closely: edits made in both places meet here"));
        }

        return Restore(result, crlf, bom);
    }

    /// <summary>NK708 at each table the briefing set as lists (wider than its template's limits.maxTableColumns, as the
    /// briefing records it; the default for briefings written before it was recorded). Those lists are the build's,
    /// not the article's: brought back, they would replace the table, so the briefing is not imported at all.</summary>
    private static List<Diagnostic> StackedTables(Article article, WordDocumentModel model, string articlePath)
    {
        var limit = model.Properties.TryGetValue("MaxTableColumns", out var recorded)
            && int.TryParse(recorded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns >= 1
                ? columns
                : Templates.TemplateLimits.DefaultMaxTableColumns;
        var found = new DiagnosticBag();
        WideTables.Apply(article, limit, refuse: false, found);
        return found.Items.Where(d => d.Code == DiagnosticCodes.TableTooWide).Select(d => new Diagnostic(Severity.Error, DiagnosticCodes.ImportStackedTable, d.Location,
            $"the briefing set this table as lists (it is wider than {limit} columns, limits.maxTableColumns), and import cannot bring lists back as the table; nothing was imported",
            $"make the edits in {Path.GetFileName(articlePath)} itself, or split the table (or raise limits.maxTableColumns in the briefing template), rebuild, and edit the new briefing")).ToList();
    }

    /// <summary>The article as the briefing was written from it: nesting past the template's limit set flat (NK125,
    /// recorded as the MaxNestingDepth property), so unedited blocks there match and are left as they are in the
    /// Markdown. The blocks are the article's own, so their source spans stay true.</summary>
    private static Article AsBuilt(Article article, WordDocumentModel model) =>
        model.Properties.TryGetValue("MaxNestingDepth", out var recorded)
        && int.TryParse(recorded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var depth) && depth is >= 1 and <= 10
            ? DeepNesting.Apply(article, depth, refuse: false, new DiagnosticBag())
            : article;

    /// <param name="stale">How to settle blocks changed in the Markdown after the build (null: it was not changed).</param>
    private static ImportResult Map(string docxPath, string articlePath, string text, Content.Identity.SourceSpans spans, List<SourceLeaf> source, WordDocumentModel model, ArticleMetadata printed, bool refuse,
        ConflictChoice? stale)
    {
        var pairs = new List<(int, int)>();
        foreach (var part in source.Select(s => s.Part).Concat(model.Leaves.Select(w => w.Part)).Distinct())
        {
            var s = source.Where(l => l.Part == part).ToList();
            var w = model.Leaves.Where(l => l.Part == part).ToList();
            pairs.AddRange(LeafMatcher.Match(s, w).Select(p => (s[p.Source].Index, w[p.Word].Index)));
        }

        var blocks = stale is null ? new StaleBlocks() : StaleBlocks.Find(source, model.Leaves, pairs);
        if (stale == ConflictChoice.Refuse && blocks.Fingerprints is { Of: > 0 } prints && prints.Carried * 4 < prints.Of)
        {
            var other = new ImportResult { DocumentPath = docxPath, ArticlePath = articlePath, OldText = text, NewText = text };
            other.Diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ImportOtherArticle, SourceLocation.FileOnly(docxPath),
                $"{Path.GetFileName(docxPath)} was not built from {articlePath} as it is: it carries {prints.Carried} of the article's {prints.Of} blocks, and the article's file hash differs from the one it records; nothing was imported",
                "check --article (or the briefing's ArticlePath property); if the article was rewritten since, build a new briefing and carry the edits over, or pass --conflicts markdown (or briefing) to import anyway"));
            return other;
        }

        var keep = new HashSet<int>(blocks.NotInBriefing);
        if (stale == ConflictChoice.Markdown)
        {
            keep.UnionWith(blocks.Conflicts.Select(c => c.Source));
        }

        var editor = new ArticleEditor(text, spans, source, model.Leaves, pairs) { Keep = keep };
        editor.Build();
        var edits = editor.Edits;
        var seq = edits.Count;
        edits.AddRange(Properties(text, model, printed, ref seq));
        var skipped = new List<TextEdit>();
        var newText = TextEdit.Apply(text, edits, skipped);
        var applied = edits.Except(skipped).OrderBy(e => e.Start).ThenBy(e => e.Seq).ToList();

        var result = new ImportResult
        {
            DocumentPath = docxPath,
            ArticlePath = articlePath,
            OldText = text,
            NewText = refuse || (stale == ConflictChoice.Refuse && blocks.Conflicts.Count > 0) ? text : newText,
            Refused = refuse,
            Changed = pairs.Count(p => !LeafMatcher.Same(source[p.Item1], model.Leaves[p.Item2])),
            Added = model.Leaves.Count - pairs.Count,
            Deleted = source.Count - pairs.Count,
        };

        SourceLocation NewLocation(WordLeaf? w)
        {
            if (w is null)
            {
                return new SourceLocation(articlePath, 1, 1);
            }

            var offset = editor.SourceOf(w) is { } s ? s.Span.Start : editor.InsertedAt.TryGetValue(w, out var at) ? at : NearestOffset(editor, model, w);
            return At(articlePath, newText, TextEdit.MapOffset(offset, applied));
        }

        SourceLocation OldLocation(WordLeaf? w) =>
            w is null ? new SourceLocation(articlePath, 1, 1) : At(articlePath, text, editor.SourceOf(w)?.Span.Start ?? NearestOffset(editor, model, w));

        foreach (var w in model.Leaves)
        {
            foreach (var part in w.Unmappable)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportUnmappable, NewLocation(w),
                    $"{Path.GetFileName(docxPath)} {w.Where}: {part.What} {part.Why}; its text (if any) was kept, the rest was not imported",
                    part.Hint));
            }
        }

        foreach (var (s, w) in pairs.Where(p => source[p.Item1].Block is ImageBlock && model.Leaves[p.Item2].PictureHash is not null))
        {
            var image = (ImageBlock)source[s].Block;
            if (ReplacedPicture(image, model.Leaves[w].PictureHash!) is { } file)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportUnmappable, At(articlePath, text, source[s].Span.Start),
                    $"{Path.GetFileName(docxPath)} {model.Leaves[w].Where}: the picture was replaced in Word; pictures are not imported, so the article still shows '{Printable.Escape(file)}'",
                    $"if the new picture should be used, save it from Word over {Printable.Escape(file)} (or next to it, and change the image's file in the Markdown)"));
            }
        }

        foreach (var (after, what) in model.Outside)
        {
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportUnmappable, NewLocation(after),
                $"{Path.GetFileName(docxPath)}{(after is null ? "" : " after " + after.Where)}: {what} has no Markdown form; it was not imported",
                "add its text to the article by hand if it should stay"));
        }

        foreach (var (w, message, hint) in editor.Warnings)
        {
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportUnmappable, NewLocation(w), $"{Path.GetFileName(docxPath)} {w.Where}: {message}", hint));
        }

        foreach (var e in skipped)
        {
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportUnmappable, At(articlePath, text, e.Start),
                $"an edit here overlapped another and was not applied: \"{RunReader.Short(e.Text)}\"", "make this change by hand"));
        }

        foreach (var i in blocks.NotInBriefing)
        {
            result.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ImportStaleBriefing, At(articlePath, text, source[i].Span.Start),
                $"this block is not in {Path.GetFileName(docxPath)} as it is now (it was added or changed in {Path.GetFileName(articlePath)} after the briefing was built), so the clinician never saw it; it was kept: \"{RunReader.Short(source[i].Text)}\"",
                "if the clinician deleted its old text in Word, delete it here by hand"));
        }

        foreach (var (s, w) in blocks.Conflicts)
        {
            var (markdown, briefing) = Where(source[s].Text, model.Leaves[w].Text);
            var what = $"{Path.GetFileName(docxPath)} {model.Leaves[w].Where}: this block changed in {Path.GetFileName(articlePath)} after the briefing was built, and the briefing's text differs from it (Markdown: \"{markdown}\"; briefing: \"{briefing}\")";
            result.Diagnostics.Add(stale switch
            {
                ConflictChoice.Markdown => new Diagnostic(Severity.Warning, DiagnosticCodes.ImportStaleBriefing, At(articlePath, text, source[s].Span.Start),
                    what + "; the Markdown's text was kept (--conflicts markdown)", "if the clinician edited this block, make their edit here by hand"),
                ConflictChoice.Briefing => new Diagnostic(Severity.Warning, DiagnosticCodes.ImportStaleBriefing, At(articlePath, text, source[s].Span.Start),
                    what + "; the briefing's text replaced it (--conflicts briefing)", "if the Markdown's change should stay, make it again by hand"),
                _ => new Diagnostic(Severity.Error, DiagnosticCodes.ImportStaleBriefing, At(articlePath, text, source[s].Span.Start),
                    what + ": an edit in Word cannot be told from the old text, so nothing was imported",
                    "compare the two; pass --conflicts markdown to keep the Markdown's text of such blocks and import the rest, or --conflicts briefing to take the briefing's"),
            });
        }

        foreach (var c in model.Comments)
        {
            result.Comments.Add(new ReviewComment(c.Author, c.Date, c.Text, c.Anchor, refuse ? OldLocation(c.Leaf) : NewLocation(c.Leaf), c.Leaf?.Where ?? "document"));
        }

        foreach (var r in model.Revisions)
        {
            result.Revisions.Add(new PendingRevision(r.Describe, r.Author, r.Date, r.Text, OldLocation(r.Leaf), r.Leaf?.Where ?? "document"));
            if (refuse)
            {
                result.Diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ImportTrackedChange, OldLocation(r.Leaf),
                    $"{Path.GetFileName(docxPath)} {r.Leaf?.Where ?? "document"}: tracked {r.Describe} by {r.Author}{(r.Date is null ? "" : " on " + r.Date)} is still pending{(r.Text.Length > 0 ? $": \"{RunReader.Short(r.Text)}\"" : "")}",
                    "accept or reject it in Word, or pass --track-changes accept (or reject)"));
            }
        }

        return result;
    }

    /// <summary>Front matter from the document's properties (title, subtitle, summary, version, review date) and from
    /// the Title and Subtitle paragraphs, where they differ from the article's.</summary>
    /// <remarks>Printed text (title, subtitle, summary) is compared with the loaded article's value, not the raw YAML:
    /// the loader gives printed text its typographic quotes, so the briefing shows "cells’" where the YAML says
    /// "cells'". Comparing with what the briefing was written from (as the body's blocks already are) keeps an
    /// unchanged key's source bytes; comparing with the YAML rewrote every summary holding a quote.</remarks>
    private static IEnumerable<TextEdit> Properties(string text, WordDocumentModel model, ArticleMetadata printed, ref int seq)
    {
        var yaml = FrontMatterValues.Read(text);
        yaml["title"] = printed.Title;
        Printed("subtitle", printed.Subtitle);
        Printed("summary", printed.Summary);
        void Printed(string key, string? value)
        {
            if (value is not null)
            {
                yaml[key] = value;
            }
        }

        var edits = new List<TextEdit>();
        void Check(string key, string? value)
        {
            if (value is null || Segments.Fold(value).Trim() == Segments.Fold(yaml.GetValueOrDefault(key) ?? "").Trim())
            {
                return;
            }

            // Printed text goes back with the straight quotes the loader educates (as edited paragraphs do).
            var plain = key is "title" or "subtitle" or "summary" ? NkHandouts.Text.SmartQuotes.Plain(value.Trim()) : value.Trim();
            if (FrontMatterEditor.Set(text, key, plain, 0) is { } edit)
            {
                edits.Add(edit);
            }
        }

        var title = Changed(model.Properties.GetValueOrDefault("title"), yaml.GetValueOrDefault("title")) ?? Changed(model.TitleText, yaml.GetValueOrDefault("title"));
        Check("title", title);
        Check("subtitle", Changed(model.Properties.GetValueOrDefault("subject"), yaml.GetValueOrDefault("subtitle")) ?? Changed(model.SubtitleText, yaml.GetValueOrDefault("subtitle")));
        Check("summary", Changed(model.Properties.GetValueOrDefault("description"), yaml.GetValueOrDefault("summary")) ?? Changed(model.SummaryText, yaml.GetValueOrDefault("summary")));
        Check("version", Changed(model.Properties.GetValueOrDefault("Version"), yaml.GetValueOrDefault("version")));
        Check("reviewBy", Changed(model.Properties.GetValueOrDefault("ReviewBy"), yaml.GetValueOrDefault("reviewBy")));
        var s = seq;
        seq += edits.Count;
        return edits.Select((e, i) => e with { Seq = s + i });
    }

    /// <summary>The image's file name when its bytes differ from the picture the briefing holds (the build embeds the
    /// file as it is); null when they are the same or the file cannot be read (the build says so itself).</summary>
    private static string? ReplacedPicture(ImageBlock image, string pictureHash)
    {
        try
        {
            return string.Equals(Sha256.Hex(File.ReadAllBytes(image.Path)), pictureHash, StringComparison.Ordinal) ? null : Path.GetFileName(image.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The two texts from a little before where they first differ, so the message shows the difference.</summary>
    private static (string, string) Where(string a, string b)
    {
        var same = 0;
        while (same < a.Length && same < b.Length && a[same] == b[same])
        {
            same++;
        }

        var from = Math.Max(0, same - 12);
        string Cut(string s) => (from > 0 ? "…" : "") + RunReader.Short(s[from..]);
        return (Cut(a), Cut(b));
    }

    private static string? Changed(string? value, string? current) =>
        value is not null && Segments.Fold(value).Trim() != Segments.Fold(current ?? "").Trim() ? value : null;

    private static int NearestOffset(ArticleEditor editor, WordDocumentModel model, WordLeaf w)
    {
        for (var i = w.Index; i >= 0; i--)
        {
            if (editor.SourceOf(model.Leaves[i]) is { } s)
            {
                return s.Span.Start;
            }
        }

        return 0;
    }

    internal static SourceLocation At(string path, string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(path, line, offset - lineStart + 1);
    }

    /// <summary>NK711: Word, LibreOffice or a sync tool can save a blank file; importing it would empty the article.</summary>
    private static ImportResult Empty(string docxPath, string consequence) =>
        Failed(docxPath, DiagnosticCodes.ImportEmptyDocument, $"the document's body holds no text, so importing it would {consequence}; nothing was imported",
            "check that this is the file the clinician saved (an empty copy is often a failed save or sync); to empty the article, edit the Markdown itself");

    private static ImportResult Failed(string docxPath, string code, string message, string hint)
    {
        var result = new ImportResult { DocumentPath = docxPath };
        result.Diagnostics.Add(new Diagnostic(Severity.Error, code, SourceLocation.FileOnly(docxPath), message, hint));
        return result;
    }

    /// <summary>The article is edited with LF line ends and no BOM; the file gets back what it had.</summary>
    private static ImportResult Restore(ImportResult r, bool crlf, bool bom)
    {
        if (!crlf && !bom)
        {
            return r;
        }

        string Back(string t) => (bom ? "\uFEFF" : "") + (crlf ? t.Replace("\n", "\r\n", StringComparison.Ordinal) : t);
        var restored = new ImportResult
        {
            DocumentPath = r.DocumentPath,
            ArticlePath = r.ArticlePath,
            OldText = Back(r.OldText),
            NewText = Back(r.NewText),
            Refused = r.Refused,
            Changed = r.Changed,
            Added = r.Added,
            Deleted = r.Deleted,
            NewArticle = r.NewArticle,
        };
        restored.Diagnostics.AddRange(r.Diagnostics);
        restored.Comments.AddRange(r.Comments);
        restored.Revisions.AddRange(r.Revisions);
        return restored;
    }
}
