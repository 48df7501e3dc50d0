namespace NkHandouts.Content;

/// <summary>
/// The container kinds the project understands (<c>::: myth</c> … <c>:::</c>). Layouts give each its own look and a
/// word label ("Myth", "Fact"), so meaning never rests on colour alone.
/// </summary>
public enum CalloutKind
{
    /// <summary>A claim the article corrects.</summary>
    Myth,

    /// <summary>What is true instead.</summary>
    Fact,

    /// <summary>The main points, shown in a box near the start of a leaflet.</summary>
    KeyPoints,

    /// <summary>"Questions to ask your care team".</summary>
    Questions,

    /// <summary>A neutral aside.</summary>
    Note,

    /// <summary>Something the reader must not miss.</summary>
    Warning,

    /// <summary>The leaflet's disclaimer.</summary>
    Disclaimer,

    /// <summary>Where to learn more.</summary>
    LearnMore,
}

public static class CalloutKinds
{
    /// <summary>Container names as written in Markdown, with the kind each maps to.</summary>
    public static readonly IReadOnlyDictionary<string, CalloutKind> ByName = new Dictionary<string, CalloutKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["myth"] = CalloutKind.Myth,
        ["fact"] = CalloutKind.Fact,
        ["keypoints"] = CalloutKind.KeyPoints,
        ["questions"] = CalloutKind.Questions,
        ["note"] = CalloutKind.Note,
        ["warning"] = CalloutKind.Warning,
        ["disclaimer"] = CalloutKind.Disclaimer,
        ["learnmore"] = CalloutKind.LearnMore,
    };

    /// <summary>The English label; layouts take the article's language's from <see cref="Localization.Furniture"/>.</summary>
    public static string DefaultLabel(CalloutKind kind) => Localization.Furniture.English.Label(kind);

    public static string Name(CalloutKind kind) => kind.ToString().ToLowerInvariant();
}
