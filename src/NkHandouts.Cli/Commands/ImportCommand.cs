using System.CommandLine;
using NkHandouts.Build;
using NkHandouts.Diagnostics;
using NkHandouts.Import;
using NkHandouts.IO;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// <c>nkhandouts import BRIEFING.docx</c>: maps a clinician's edits in a Word briefing back onto the article. Prints a
/// unified diff (or JSON); <c>--write</c> replaces the article atomically. Comments become located review remarks
/// (text, json, sarif or github); pending tracked changes stop the import unless accepted or rejected.
/// Exit 0 on success, 1 when tracked changes were refused or the document could not be mapped, 2 on usage or I/O errors.
/// See docs/round-trip.md.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var docx = new Argument<string>("briefing") { Description = "The edited Word document (.docx)" };
        var article = new Option<string?>("--article") { Description = "Article to update or create (default: the one the briefing was built from)" };
        var write = new Option<bool>("--write") { Description = "Replace the article with the imported text (atomically)" };
        var format = new Option<string>("--format") { Description = "diff or json", DefaultValueFactory = _ => "diff" };
        format.AcceptOnlyFromAmong("diff", "json");
        var track = new Option<string>("--track-changes") { Description = "refuse (list them, exit 1), accept or reject pending tracked changes", DefaultValueFactory = _ => "refuse" };
        track.AcceptOnlyFromAmong("refuse", "accept", "reject");
        var conflicts = new Option<string>("--conflicts") { Description = "refuse (list them, exit 1), markdown or briefing: whose text to keep for blocks changed in the Markdown after the briefing was built", DefaultValueFactory = _ => "refuse" };
        conflicts.AcceptOnlyFromAmong("refuse", "markdown", "briefing");
        var comments = new Option<string>("--comments") { Description = "How to print comments: text, json, sarif or github (to standard error, or --comments-file)", DefaultValueFactory = _ => "text" };
        comments.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var commentsFile = new Option<string?>("--comments-file") { Description = "Write the comments report to this file" };
        var content = CommonOptions.Content();
        var command = new Command("import", "Bring edits made to a Word briefing back into its Markdown article")
        {
            docx, article, write, format, track, conflicts, comments, commentsFile, content,
        };
        command.SetAction(parse => Run(context, parse.GetValue(docx)!, parse.GetValue(article), parse.GetValue(write), parse.GetValue(format)!,
            parse.GetValue(track)!, parse.GetValue(conflicts)!, parse.GetValue(comments)!, parse.GetValue(commentsFile), parse.GetValue(content)!));
        return command;
    }

    private static int Run(CliContext context, string docx, string? article, bool write, string format, string track, string conflicts, string commentsFormat, string? commentsFile, string content)
    {
        if (!File.Exists(docx))
        {
            context.Error.WriteLine($"{docx}: error {DiagnosticCodes.FileUnreadable}: file not found");
            context.Error.WriteLine("  hint: check the path; it is relative to the current folder");
            return ExitCodes.UsageOrIo;
        }

        var options = new ImportOptions
        {
            ArticlePath = article,
            TrackChanges = track switch { "accept" => TrackChanges.Accept, "reject" => TrackChanges.Reject, _ => TrackChanges.Refuse },
            Conflicts = conflicts switch { "markdown" => ConflictChoice.Markdown, "briefing" => ConflictChoice.Briefing, _ => ConflictChoice.Refuse },
            ContentRoot = Directory.Exists(content) ? content : null,
        };
        var result = Importer.Import(docx, options);
        DiagnosticPrinter.Print(context, result.Diagnostics);
        var report = ReviewReport.Write(result, commentsFormat);
        if (report.Length > 0)
        {
            if (commentsFile is null)
            {
                context.Error.Write(report);
            }
            else
            {
                try
                {
                    AtomicFile.WriteAllBytes(commentsFile, System.Text.Encoding.UTF8.GetBytes(report));
                }
                catch (Exception e) when (WriteFailure.IsWriteFailure(e))
                {
                    // Before the article is touched: a failed import writes nothing.
                    DiagnosticPrinter.Print(context, [WriteFailure.From(e, commentsFile) with { Hint = "pass a --comments-file in a writable folder, or leave it out (comments go to standard error)" }]);
                    return ExitCodes.UsageOrIo;
                }
            }
        }

        if (result.ArticlePath is null || result.HasErrors)
        {
            if (format == "json")
            {
                context.Output.WriteLine(Json(result));
            }

            return result.Diagnostics.Any(d => d.Code == DiagnosticCodes.FileUnreadable) ? ExitCodes.UsageOrIo : ExitCodes.ContentError;
        }

        context.Output.Write(format == "json" ? Json(result) + Environment.NewLine : result.Diff);
        if (write && result.NewText != result.OldText)
        {
            if (WriteArticle(result) is { } failure)
            {
                DiagnosticPrinter.Print(context, [failure]);
                return ExitCodes.UsageOrIo;
            }

            context.Error.WriteLine($"wrote {result.ArticlePath}: {result.Changed} changed, {result.Added} added, {result.Deleted} removed");
        }

        return ExitCodes.Ok;
    }

    private static string Json(ImportResult r) => ImportJson.Result(r);

    /// <summary>Replaces the article atomically; null when written, else why not (the article is left as it was).
    /// A read-only article is refused, not replaced: the rename would succeed in a writable folder and drop the mark.</summary>
    private static Diagnostics.Diagnostic? WriteArticle(ImportResult result)
    {
        var path = result.ArticlePath!;
        if (File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
        {
            return new Diagnostics.Diagnostic(Diagnostics.Severity.Error, DiagnosticCodes.WritePermissionDenied, Diagnostics.SourceLocation.FileOnly(path),
                $"cannot write '{Printable.Escape(path)}': the file is read-only; it was left as it is",
                $"make it writable (chmod u+w {Printable.Escape(path)}) if the import should change it, then import again");
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(result.NewText));
            return null;
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            return WriteFailure.From(e, path) with { Hint = "make the article's folder writable for this user (check its owner, mode and free space), then import again" };
        }
    }
}
