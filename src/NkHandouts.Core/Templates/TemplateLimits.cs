namespace NkHandouts.Templates;

/// <summary>
/// Resource limits for rendering untrusted content with this template (template.yaml <c>limits:</c>). The defaults
/// are safe for unattended CI builds; a template that really needs more raises them.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>Default page limit: a patient leaflet longer than this is a mistake, not a leaflet.</summary>
    public const int DefaultMaxPages = 200;

    /// <summary>Default pixel limit per image (40 megapixels, about 7,300 × 5,500): refused before any decoding, so a
    /// small file that inflates to gigabytes (a decompression bomb) never reaches a decoder.</summary>
    public const long DefaultMaxImagePixels = 40_000_000;

    /// <summary>Default column limit for tables: wider ones cannot be read on a leaflet page (one letter per line).</summary>
    public const int DefaultMaxTableColumns = 6;

    /// <summary>Default word length limit, in characters: longer than any word a patient text needs (the longest in
    /// common medical use are about 20-30), far shorter than a run of junk that would fill pages cut letter by letter.</summary>
    public const int DefaultMaxWordLength = 40;

    /// <summary>Default nesting limit for quotes, lists and boxes: a box holding a list of lists with a quote in it is
    /// four; each level narrows the text (on an A4 leaflet at 12 pt a quote takes about 28 pt), and past that depth
    /// what is left of the line no longer reads.</summary>
    public const int DefaultMaxNestingDepth = 4;

    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Quotes, lists and boxes nested deeper than this are set flat past it with a warning, or refused in patient outputs.</summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <summary>Words longer than this (runs the line breaker cannot break) warn, or are refused in patient outputs.</summary>
    public int MaxWordLength { get; init; } = DefaultMaxWordLength;

    /// <summary>Tables wider than this are stacked (one list per row), or refused in patient outputs.</summary>
    public int MaxTableColumns { get; init; } = DefaultMaxTableColumns;

    public long MaxImagePixels { get; init; } = DefaultMaxImagePixels;
}
