using System.CommandLine;
using System.Globalization;
using System.Reflection;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Project;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.ReadingLevel.Reports;
using NkHandouts.ReadingLevel.Text;
using NkHandouts.Templates;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// <c>nkhandouts check [PATH…]</c>: reading level of Markdown articles and plain-text files against the audience's
/// policy. Exit 0 when every file passes or warns, 1 when a policy fails (or an article has errors), 2 on usage or
/// I/O errors. See docs/reading-level.md.
/// </summary>
public static class CheckCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github", "markdown"];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path") { Description = "Markdown (.md) or text (.txt) files or folders (reading level; default: every article in --content), or built PDF files (page check)", Arity = ArgumentArity.ZeroOrMore };
        var audience = new Option<string?>("--audience") { Description = "Judge against this audience's policy (default: the article's front-matter audience; plain text: report only)" };
        var template = new Option<string?>("--template") { Description = "Take the policy from this template's readingLevel: section instead of the project default" };
        var format = new Option<string>("--format") { Description = "text, json, sarif, github or markdown", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var words = new Option<bool>("--words") { Description = "Add every distinct word with its syllables and occurrences (json)" };
        var language = new Option<string?>("--language") { Description = "Language to judge the text in, a BCP 47 tag such as es or en-US (default: an article's front matter; plain text: en). Given, it overrides the front matter, as --audience does" };
        var items = new Option<bool>("--items") { Description = "Judge articles against the PEMAT-P and CDC Clear Communication Index items a program can judge (text or json; docs/readiness.md)" };
        var glossary = new Option<string?>("--glossary") { Description = "Jargon glossary (default: glossary.yaml in the content folder, if present)" };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Check the reading level of articles, or the finished pages of built PDFs, against the audience's policy")
        {
            paths, audience, template, format, words, glossary, content, templates, language, items,
        };
        command.SetAction(parse => Run(context, new Request(
            parse.GetValue(paths) ?? [], parse.GetValue(audience), parse.GetValue(template), parse.GetValue(format)!,
            parse.GetValue(words), parse.GetValue(glossary), parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(language), parse.GetValue(items))));
        return command;
    }

    private sealed record Request(string[] Paths, string? Audience, string? Template, string Format, bool Words, string? Glossary, string Content, string Templates, string? Language = null, bool Items = false);

    private static int Run(CliContext context, Request request)
    {
        var pdfs = request.Paths.Count(p => p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        if (request.Language is not null && (pdfs > 0 || request.Items))
        {
            // Said, not ignored: the page check and the items judge what the file holds, in no chosen language.
            context.Error.WriteLine($"nkhandouts: --language applies to the reading level of articles and .txt files, not to {(pdfs > 0 ? "the page check of PDFs" : "--items")}; leave it out");
            return ExitCodes.UsageOrIo;
        }

        if (pdfs > 0)
        {
            if (pdfs < request.Paths.Length || request.Format is "github" or "markdown")
            {
                context.Error.WriteLine("nkhandouts: check PDFs (page check: text, json or sarif) and articles (reading level) in separate runs");
                return ExitCodes.UsageOrIo;
            }

            return PageCheckRunner.Run(context, request.Paths, request.Audience, request.Template, request.Format, request.Templates, ToolVersion());
        }

        if (request.Items)
        {
            if (request.Format is not ("text" or "json"))
            {
                context.Error.WriteLine("nkhandouts: --items writes text or json");
                return ExitCodes.UsageOrIo;
            }

            return ItemCheckRunner.Run(context, request.Paths, request.Content, request.Glossary, request.Format);
        }

        if (request.Audience is { } asked)
        {
            // A misspelt audience would silently fall back to "report only" and pass anything: refuse it.
            var known = ReadingPolicy.KnownAudiences
                .Concat(TemplateCatalog.Load(request.Templates, Renderers.Outputs).All.SelectMany(t => t.Audiences))
                .Select(a => a.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!known.Contains(asked.ToLowerInvariant()))
            {
                context.Error.WriteLine($"nkhandouts: unknown audience '{NkHandouts.Diagnostics.Printable.Escape(asked)}' for --audience; use one of: {string.Join(", ", known)}");
                return ExitCodes.UsageOrIo;
            }
        }

        if (request.Language is { } tag && !LanguageTag.IsWellFormed(tag))
        {
            context.Error.WriteLine($"nkhandouts: --language must be a BCP 47 language tag such as en, en-US or es, not '{NkHandouts.Diagnostics.Printable.Escape(tag)}'");
            return ExitCodes.UsageOrIo;
        }

        var diagnostics = new DiagnosticBag();
        var files = ExpandPaths(request, diagnostics);
        if (files is null)
        {
            DiagnosticPrinter.Print(context, diagnostics.Items);
            return ExitCodes.UsageOrIo;
        }

        Template? template = null;
        if (request.Template is not null)
        {
            var catalog = TemplateCatalog.Load(request.Templates, Renderers.Outputs);
            if (!catalog.TryGet(request.Template, out template))
            {
                DiagnosticPrinter.Print(context, catalog.Diagnostics);
                return TemplateNotLoaded.Report(context, catalog, request.Templates, request.Template);
            }
        }

        var glossaryPath = request.Glossary ?? Path.Combine(request.Content, "glossary.yaml");
        var glossary = Glossary.Empty;
        if (request.Glossary is not null || File.Exists(glossaryPath))
        {
            var glossaryDiagnostics = new DiagnosticBag();
            glossary = GlossaryLoader.Load(glossaryPath, glossaryDiagnostics);
            DiagnosticPrinter.Print(context, glossaryDiagnostics.Items);
            if (glossaryDiagnostics.Items.Any(d => d.Code == DiagnosticCodes.FileUnreadable))
            {
                return ExitCodes.UsageOrIo;
            }
        }

        var results = new List<CheckResult>();
        var contentErrors = false;
        var ioErrors = false;
        foreach (var file in files)
        {
            var fileDiagnostics = new DiagnosticBag();
            var (document, own) = Load(file, request.Language, fileDiagnostics);
            DiagnosticPrinter.Print(context, fileDiagnostics.Items);
            if (document is not null && own is not null && !string.Equals(own, document.Language, StringComparison.OrdinalIgnoreCase))
            {
                // Said on standard error, so json and sarif on standard output stay what they are.
                context.Error.WriteLine($"nkhandouts: note: {NkHandouts.Diagnostics.Printable.Escape(file)} is judged as '{document.Language}' (--language), not as its front matter's '{own}'");
            }

            if (document is null)
            {
                var unreadable = fileDiagnostics.Items.Any(d => d.Code is DiagnosticCodes.FileUnreadable or DiagnosticCodes.NotUtf8 or DiagnosticCodes.FileTooLarge);
                ioErrors |= unreadable;
                contentErrors |= !unreadable;
                continue;
            }

            var policyAudience = request.Audience ?? document.Audience;
            var policy = policyAudience is null ? ReadingPolicy.ReportOnly
                : template?.PolicyFor(policyAudience) ?? ReadingPolicy.DefaultFor(policyAudience);
            var options = AnalyzerOptions.Default with
            {
                IncludeVocabulary = request.Words,
                LongSentenceWords = policy.MaxSentenceWords ?? AnalyzerOptions.Default.LongSentenceWords,
            };
            var report = new ReadingAnalyzer(glossary: glossary, options: options).Analyze(document);
            results.Add(new CheckResult(report, PolicyEvaluator.Evaluate(report, policy), policyAudience));
        }

        switch (request.Format)
        {
            case "json":
                context.Output.Write(JsonReportWriter.Write(results, asArray: files.Count > 1));
                break;
            case "sarif":
                context.Output.Write(SarifReportWriter.Write(results, ToolVersion()));
                break;
            case "github":
                context.Output.Write(GithubReportWriter.Write(results));
                break;
            case "markdown":
                context.Output.Write(MarkdownReportWriter.Write(results));
                break;
            default:
                foreach (var result in results)
                {
                    CheckTextView.Render(context, result);
                }

                break;
        }

        if (ioErrors)
        {
            return ExitCodes.UsageOrIo;
        }

        return contentErrors || results.Any(r => r.Verdict.Outcome == Outcome.Fail) ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    /// <summary>The document to judge, and the front matter's language when --language replaced it.</summary>
    private static (TextDocument? Document, string? FrontMatterLanguage) Load(string file, string? language, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(file, diagnostics);
        if (text is null)
        {
            return (null, null);
        }

        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return (TextDocument.FromPlainText(file, text, language), null);
        }

        // --language overrides the front matter, as --audience does: the user asked for it on this run.
        var result = ArticleLoader.Parse(text, file, ArticleLoadOptions.Default, diagnostics);
        return result.Value is not { } article ? (null, null)
            : language is null ? (TextDocument.FromArticle(article, text), null)
            : (TextDocument.FromArticle(article, text) with { Language = language }, article.Metadata.Language);
    }

    /// <summary>Files to check, in a stable order; null after reporting a missing path or an unsupported file.</summary>
    private static List<string>? ExpandPaths(Request request, DiagnosticBag diagnostics)
    {
        var inputs = request.Paths.Length > 0 ? request.Paths : [request.Content];
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Workspace.FindArticles(input));
                files.AddRange(Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (!File.Exists(input))
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(input), "file not found", "check the path; it is relative to the current folder");
            }
            else if (!input.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(input), "only .md and .txt files can be checked", "pass a Markdown article or a plain-text file");
            }
            else
            {
                files.Add(input);
            }
        }

        return diagnostics.HasErrors ? null : files;
    }

    private static string ToolVersion() =>
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}

/// <summary>The text format: the verdict, scores, hardest sentences and jargon; tables on a terminal, plain lines when piped.</summary>
internal static class CheckTextView
{
    public static void Render(CliContext context, CheckResult result)
    {
        var r = result.Report;
        var verdict = result.Verdict;
        var colour = !verdict.Enforced ? "blue" : verdict.Outcome switch { Outcome.Pass => "green", Outcome.Warn => "yellow", _ => "red" };
        var name = verdict.Enforced ? verdict.Name.ToUpperInvariant() : "REPORT ONLY";
        var title = $"{Markup.Escape(r.File)} — [{colour}]{name}[/]" +
                    (result.PolicyAudience is null ? " (no audience: report only)" : $" (policy: {Markup.Escape(result.PolicyAudience)})");
        var summary = new ReportTable(title, "Measure", "Value");
        summary.Row("Language", Markup.Escape(ReadingLanguages.Name(r.Language) + (r.LanguageTag is null ? "" : $" ({r.LanguageTag})")));
        if (r.Spanish is { } es)
        {
            summary.Row("SOL grade (Spanish SMOG)", $"[bold]{F(es.Sol)}[/]");
            summary.Row("Szigriszt-Pazos (INFLESZ)", $"{F(es.SzigrisztPazos)} ({Markup.Escape(Inflesz.Name(es.Inflesz))})");
            summary.Row("Fernández-Huerta", F(es.FernandezHuerta));
        }
        else if (r.Language == ReadingLanguage.English)
        {
            summary.Row("Consensus grade", $"[bold]{F(r.Scores.ConsensusGrade)}[/]");
            summary.Row("Flesch Reading Ease", F(r.Scores.FleschReadingEase));
            summary.Row("Flesch-Kincaid Grade", F(r.Scores.FleschKincaidGrade));
            summary.Row("Gunning Fog", F(r.Scores.GunningFog));
            summary.Row("SMOG", F(r.Scores.Smog));
            summary.Row("Coleman-Liau", F(r.Scores.ColemanLiau));
            summary.Row("Automated Readability Index", F(r.Scores.AutomatedReadabilityIndex));
        }

        summary.Row("Words / sentences / syllables", $"{r.Counts.Words} / {r.Counts.Sentences} / {r.Counts.Syllables}");
        summary.Row("Words per sentence", F(r.Counts.WordsPerSentence));
        summary.Row("Complex words (3+ syllables)", $"{r.Counts.ComplexWords} ({F(r.Counts.ComplexWordPercent)}%)");
        summary.Row($"Sentences over {r.LongSentenceWords} words", r.LongSentences.Count.ToString(CultureInfo.InvariantCulture));
        summary.Row("Possibly passive sentences", r.PassiveSentences.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var reason in verdict.Reasons)
        {
            summary.Row($"[{colour}]{verdict.Name}[/]", Markup.Escape(reason));
        }

        foreach (var warning in r.Warnings)
        {
            summary.Row("[yellow]note[/]", Markup.Escape(warning));
        }

        summary.Write(context);

        var spanish = r.Spanish is not null;
        var sections = new ReportTable("Sections", "Section", "Line", "Words", "Grade", spanish ? "Perspicuity" : "Flesch ease");
        foreach (var s in r.Sections)
        {
            var grade = s.Spanish?.Sol ?? s.Scores.ConsensusGrade;
            var ease = s.Spanish?.SzigrisztPazos ?? s.Scores.FleschReadingEase;
            sections.Row(Markup.Escape(s.Title), s.Location.Line.ToString(CultureInfo.InvariantCulture), s.Counts.Words.ToString(CultureInfo.InvariantCulture), F(grade), F(ease));
        }

        sections.Write(context);

        var hardest = new ReportTable("Hardest sentences", "Where", "Grade", "Words", "Sentence").NoWrap(0);
        foreach (var s in r.HardestSentences)
        {
            hardest.Row(Markup.Escape(s.Location.ToString()), F(s.Grade), s.Words.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Text));
        }

        hardest.Write(context);

        if (r.Jargon.Count > 0)
        {
            var jargon = new ReportTable("Jargon: say it plainly", "Term", "Times", "First at", "Plain wording").NoWrap(2);
            foreach (var j in r.Jargon)
            {
                jargon.Row(Markup.Escape(j.Term), j.Occurrences.ToString(CultureInfo.InvariantCulture), Markup.Escape(j.Locations[0].ToString()), Markup.Escape(j.Plain));
            }

            jargon.Write(context);
        }

        if (r.ComplexWords.Count > 0)
        {
            var top = string.Join(", ", r.ComplexWords.Take(15).Select(c => $"{c.Word} ×{c.Occurrences}"));
            new ReportTable("Most frequent complex words", "Word ×times").Row(Markup.Escape(top)).Write(context);
        }
    }

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
