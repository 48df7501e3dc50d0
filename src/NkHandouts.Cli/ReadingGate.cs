using NkHandouts.Build;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.Templates;

namespace NkHandouts.Cli;

/// <summary>Adapts the reading-level analyzer to the build's <see cref="IReadingGate"/>. One analysis per article,
/// however many templates build it; verdicts per policy.</summary>
internal sealed class ReadingGate : IReadingGate
{
    private readonly ReadingAnalyzer _analyzer;
    private readonly Dictionary<string, ReadingReport> _reports = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ReadingGate(string contentDir)
    {
        var glossaryPath = Path.Combine(contentDir, NkHandouts.Build.BuildPlanner.GlossaryFile);
        var glossary = File.Exists(glossaryPath) ? GlossaryLoader.Load(glossaryPath, new DiagnosticBag()) : null;
        _analyzer = new ReadingAnalyzer(glossary: glossary);
    }

    public ReadingOutcome Evaluate(Article article, ReadingPolicy policy)
    {
        ReadingReport? report;
        lock (_gate)
        {
            _reports.TryGetValue(article.Path, out report);
        }

        if (report is null)
        {
            report = PolicyEvaluator.VerdictInputs(_analyzer.Analyze(TextDocument.FromArticle(article, article.SourceText ?? File.ReadAllText(article.Path))));
            lock (_gate)
            {
                _reports[article.Path] = report;
            }
        }

        var verdict = PolicyEvaluator.Evaluate(report, policy);
        var name = verdict.Enforced ? verdict.Name : "report";
        return new ReadingOutcome(report.Grade, name, verdict.Reasons)
        {
            Findings = [.. verdict.Findings.Where(f => f.Fails).Select(f => new GateFinding(f.Rule.Id, f.Text, ReadingRuleFixes.For(f.Rule)))],
        };
    }
}
