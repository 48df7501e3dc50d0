namespace NkHandouts.Layout;

public enum TextAlign
{
    /// <summary>Ragged right: the default, and what patient-leaflet guidance asks for.</summary>
    Left,
    Center,
    Right,

    /// <summary>Spaces stretched so lines fill the width; a paragraph's last line stays ragged.</summary>
    Justify,
}

/// <summary>Paragraph settings. Orphans: fewest lines left at a page foot; widows: fewest carried to the next page.</summary>
public sealed record ParagraphStyle
{
    public TextAlign Align { get; init; } = TextAlign.Left;
    public double LineHeight { get; init; } = 1.4;
    public int Orphans { get; init; } = 2;
    public int Widows { get; init; } = 2;

    /// <summary>Break into lines of even length (as many lines as greedy breaking, least raggedness), a small number
    /// kept with the word after it, for titles: "NK Cell Therapy: / 3 Myths and the Facts", not "NK Cell Therapy: 3 / Myths and the / Facts".</summary>
    public bool Balance { get; init; }

    /// <summary>Automatic hyphenation, or null (the default) for none: soft hyphens the author typed still break.</summary>
    public Hyphenation.HyphenationStyle? Hyphenation { get; init; }
}
