namespace NkHandouts.Layout;

/// <summary>How a span of text looks. <see cref="Fallbacks"/> are tried, per character, when the family lacks a glyph.</summary>
public sealed record TextStyle(FontFamily Family, double Size, Rgb Colour)
{
    public FontStyle FontStyle { get; init; } = FontStyle.Regular;

    public IReadOnlyList<FontFamily> Fallbacks { get; init; } = [];

    /// <summary>A web address; the span becomes a link annotation tagged Link.</summary>
    public string? Link { get; init; }

    public bool Underline { get; init; }

    public TextStyle Bold() => this with { FontStyle = FontStyles.Of(true, FontStyle.IsItalic()) };

    public TextStyle Italic() => this with { FontStyle = FontStyles.Of(FontStyle.IsBold(), true) };

    public FontFace Face => Family.Face(FontStyle);
}

/// <summary>A run of text in one style.</summary>
public sealed record TextSpan(string Text, TextStyle Style);
