using NkHandouts.Templates;

namespace NkHandouts.Leaflet;

/// <summary>The <c>leaflet:</c> section of a template, and the layout <c>page.layout</c> chose.</summary>
public sealed record LeafletOptions
{
    public bool KeyPointsBox { get; init; } = true;
    public bool QuestionsBox { get; init; } = true;
    public bool QrCode { get; init; } = true;
    public bool Justify { get; init; }

    /// <summary><c>leaflet.hyphenate</c>: when body text is hyphenated (docs/layout.md "Hyphenation").</summary>
    public HyphenationMode Hyphenate { get; init; } = HyphenationMode.Auto;
    public string? Disclaimer { get; init; }

    /// <summary>Questions printed in the "Questions to ask your care team" box when the article has no
    /// <c>::: questions</c> container of its own.</summary>
    public IReadOnlyList<string> DefaultQuestions { get; init; } = [];

    /// <summary>The printing condition print files are made for (<c>leaflet.printCondition</c>, e.g. FOGRA39);
    /// null: chosen by paper size. The PDF writer owns the list of conditions and checks the name.</summary>
    public string? PrintCondition { get; init; }

    /// <summary>The layout named by <c>page.layout</c> (default: the first in <see cref="LeafletLayouts"/>).</summary>
    public ILeafletLayout Layout { get; init; } = LeafletLayouts.Default;

    /// <summary>What the layout read from its own page keys, if anything.</summary>
    public object? LayoutOptions { get; init; }

    /// <summary>The leaflet options of a template loaded for a leaflet output.</summary>
    public static LeafletOptions Of(Template template) => template.OptionsAs<LeafletOptions>();
}
