using NkHandouts.Build;
using NkHandouts.Readiness;
using NkHandouts.Readiness.Policy;
using NkHandouts.Rendering;

namespace NkHandouts.Cli;

/// <summary>Adapts the page check (PdfPig read-back of the finished PDF) to the build's <see cref="IPageGate"/>:
/// every PDF output is judged under its template's <c>pageCheck:</c> policy for the article's audience.</summary>
internal sealed class PageGate : IPageGate
{
    /// <summary>The verdicts come from the Readiness part, so its build (not this adapter's) identifies them.</summary>
    public string Checker { get; } = typeof(PageCheck).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public PageOutcome? Evaluate(OutputPlan plan, FinishedOutput output)
    {
        if (!PageCheck.IsPdf(output))
        {
            return null;
        }

        var audience = plan.Article.Metadata.Audience;
        var result = PageCheck.Run(plan.FileName, output, plan.Template.PagePolicyFor(audience), audience);
        return new PageOutcome(result.Verdict, result.Reasons)
        {
            Findings = [.. result.Findings.Where(f => f.Level != FindingLevel.Note).Select(f => new GateFinding(f.RuleId, f.Message, PageRuleFixes.For(f.RuleId)) { Page = f.Page })],
        };
    }
}
