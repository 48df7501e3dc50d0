using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>A loaded template's <see cref="ITemplateOutput.CheckBeforeUse"/>, left for later
/// (<see cref="TemplateUseChecks.WhenUsed"/>): run once, the first time it is asked for, then remembered, so a
/// template used by many articles is checked, and its errors reported, once.</summary>
public sealed class DeferredTemplateCheck
{
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;

    internal DeferredTemplateCheck(ITemplateOutput output, TemplateSection section, object options) =>
        _diagnostics = new Lazy<IReadOnlyList<Diagnostic>>(() =>
        {
            var bag = new DiagnosticBag();
            output.CheckBeforeUse(section, options, bag);
            return bag.Items;
        });

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;
}
