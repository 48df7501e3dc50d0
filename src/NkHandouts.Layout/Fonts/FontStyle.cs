namespace NkHandouts.Layout;

/// <summary>The four faces of a family a document uses.</summary>
public enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

public static class FontStyles
{
    public static FontStyle Of(bool bold, bool italic) =>
        bold ? (italic ? FontStyle.BoldItalic : FontStyle.Bold) : (italic ? FontStyle.Italic : FontStyle.Regular);

    public static bool IsBold(this FontStyle s) => s is FontStyle.Bold or FontStyle.BoldItalic;

    public static bool IsItalic(this FontStyle s) => s is FontStyle.Italic or FontStyle.BoldItalic;

    /// <summary>Parses regular, bold, italic, bolditalic (also oblique, boldoblique).</summary>
    public static FontStyle? Parse(string text) => text.Trim().ToLowerInvariant().Replace("-", "").Replace(" ", "") switch
    {
        "regular" or "normal" or "book" => FontStyle.Regular,
        "bold" => FontStyle.Bold,
        "italic" or "oblique" => FontStyle.Italic,
        "bolditalic" or "boldoblique" => FontStyle.BoldItalic,
        _ => null,
    };
}
