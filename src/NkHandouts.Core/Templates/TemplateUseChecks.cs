namespace NkHandouts.Templates;

/// <summary>When a template's costly checks (<see cref="ITemplateOutput.CheckBeforeUse"/>) run.</summary>
public enum TemplateUseChecks
{
    /// <summary>While it loads, with every other check: a template that fails one does not load. What validate and list
    /// report, and what any caller gets unless it asks otherwise.</summary>
    AtLoad,

    /// <summary>When the template is about to be used: the build runs them (<see cref="Template.CheckBeforeUse"/>) for a
    /// template it plans a job of, and refuses that template's jobs on an error.</summary>
    WhenUsed,
}
