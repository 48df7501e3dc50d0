using NkHandouts.Build;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.ReadingLevel.Reports;
using NkHandouts.Templates;

namespace NkHandouts.Cli;

/// <summary>Adapts the reading-level analyzer to the build's <see cref="IReadingGate"/>. One analysis per article,
/// however many templates build it (once more for a policy with another sentence-length limit); verdicts per policy.</summary>
internal sealed class ReadingGate : IReadingGate
{
    private readonly NkHandouts.ReadingLevel.Glossary.Glossary? _glossary;
    private readonly Dictionary<(string Path, int LongWords), ReadingReport> _reports = [];
    private readonly Lock _gate = new();

    public ReadingGate(string contentDir)
    {
        var glossaryPath = Path.Combine(contentDir, NkHandouts.Build.BuildPlanner.GlossaryFile);
        _glossary = File.Exists(glossaryPath) ? GlossaryLoader.Load(glossaryPath, new DiagnosticBag()) : null;
    }

    public ReadingOutcome Evaluate(Article article, ReadingPolicy policy)
    {
        // Long sentences are listed past the policy's own limit, as check lists them: at a fixed 20, a policy of 15
        // would count none of 16 to 20 words. Templates mostly share a limit, so an article is still read once.
        var longWords = policy.ForLanguage(article.Metadata.Language).MaxSentenceWords ?? AnalyzerOptions.Default.LongSentenceWords;
        ReadingReport? report;
        lock (_gate)
        {
            _reports.TryGetValue((article.Path, longWords), out report);
        }

        if (report is null)
        {
            var analyzer = new ReadingAnalyzer(glossary: _glossary, options: AnalyzerOptions.Default with { LongSentenceWords = longWords });
            report = PolicyEvaluator.VerdictInputs(analyzer.Analyze(TextDocument.FromArticle(article, article.SourceText ?? File.ReadAllText(article.Path))));
            lock (_gate)
            {
                _reports[(article.Path, longWords)] = report;
            }
        }

        var verdict = PolicyEvaluator.Evaluate(report, policy);
        var name = verdict.Enforced ? verdict.Name : "report";
        return new ReadingOutcome(report.Grade, name, verdict.Reasons)
        {
            Findings = [.. verdict.Findings.Where(f => f.Fails).Select(f => new GateFinding(f.Rule.Id, f.Text, ReadingRuleFixes.For(f.Rule)))],
            Warnings = [.. Finding.Warnings(report, verdict).Select(f => new GateFinding(f.RuleId, f.Message, ReadingRuleFixes.For(f.Rule)) { At = f.Location })],
        };
    }
}
