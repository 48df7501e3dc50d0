using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>
/// One kind of output as <c>template.yaml</c> sees it: the <c>output:</c> value that selects it, a name for people,
/// and the section (plus any extra <c>page:</c> keys) holding its own options, which it reads and validates itself.
/// Renderers declare one each; Core reads only the keys every template shares and never names a concrete output.
/// </summary>
public interface ITemplateOutput
{
    /// <summary>The <c>output:</c> value, e.g. <c>pdf-leaflet</c>.</summary>
    string Key { get; }

    /// <summary>What the output is, for people: "PDF leaflet".</summary>
    string Label { get; }

    /// <summary>The top-level key of this output's options, e.g. <c>leaflet</c>.</summary>
    string Section { get; }

    /// <summary>The keys allowed in <see cref="Section"/> (checked against template.schema.json by a test).</summary>
    IReadOnlyList<string> SectionKeys { get; }

    /// <summary>Keys this output adds to <c>page:</c> (e.g. a layout name), read by it, not by Core.</summary>
    IReadOnlyList<string> PageKeys => [];

    /// <summary>Reads and validates the output's options, reporting problems located in template.yaml through
    /// <see cref="TemplateSection.Diagnostics"/>. Returns the options object renderers get back from
    /// <see cref="Template.OptionsAs{T}"/>, also when the section is absent (defaults).</summary>
    object ReadOptions(TemplateSection section);

    /// <summary>The columns this output sets text in, for the minimum text width (<see cref="TextColumnWidth"/>);
    /// null: one column per page size, the page less its left and right margins. <paramref name="options"/> is what
    /// <see cref="ReadOptions"/> returned.</summary>
    IReadOnlyList<TextColumn>? TextColumns(TemplateSection section, object options) => null;

    /// <summary>Checks that cost more than reading the section because they load the output's own libraries or files
    /// (the Word briefing's style contrast loads the Open XML SDK and the reference document), reported into
    /// <paramref name="diagnostics"/> located like <see cref="ReadOptions"/>'s. <paramref name="options"/> is what
    /// <see cref="ReadOptions"/> returned. A build runs them only for a template it plans a job of
    /// (<see cref="TemplateUseChecks.WhenUsed"/>), so a build that makes none of this output never loads its libraries;
    /// validate and list run them with every other check.</summary>
    void CheckBeforeUse(TemplateSection section, object options, DiagnosticBag diagnostics)
    {
    }
}
