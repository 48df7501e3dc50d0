using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>A loaded template's <see cref="ITemplateOutput.CheckBeforeUse"/>, left for later
/// (<see cref="TemplateUseChecks.WhenUsed"/>): run once, the first time it is asked for, then remembered, so a
/// template used by many articles is checked, and its errors reported, once.</summary>
public sealed class DeferredTemplateCheck
{
    private readonly ITemplateOutput _output;
    private readonly TemplateSection _section;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;

    internal DeferredTemplateCheck(ITemplateOutput output, TemplateSection section, object options)
    {
        _output = output;
        _section = section;
        _diagnostics = new Lazy<IReadOnlyList<Diagnostic>>(() => With(options));
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;

    /// <summary>The same check of the same template with other options, not remembered: <c>template reference</c> checks
    /// the styles it is about to write, not those of the reference document it replaces.</summary>
    public IReadOnlyList<Diagnostic> With(object options)
    {
        var bag = new DiagnosticBag();
        _output.CheckBeforeUse(_section, options, bag);
        return bag.Items;
    }
}
