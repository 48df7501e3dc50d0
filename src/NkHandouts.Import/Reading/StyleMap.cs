using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Import.Reading;

/// <summary>
/// What a style means, found by its id and by its name along the basedOn chain, so a style renamed or copied by
/// LibreOffice, pandoc or Word ("Heading 2", "heading 2", "Heading2Char"…) is still recognised.
/// </summary>
internal sealed class StyleMap
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    public StyleMap(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    public string NameOf(string? id) => id is not null && _byId.TryGetValue(id, out var s) ? s.StyleName?.Val?.Value ?? id : id ?? "Normal";

    /// <summary>The style's id and name and those of the styles it is based on, lower case, without spaces.</summary>
    public IEnumerable<string> Chain(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Add(id))
        {
            yield return Key(id);
            if (!_byId.TryGetValue(id, out var style))
            {
                yield break;
            }

            if (style.StyleName?.Val?.Value is { } name)
            {
                yield return Key(name);
            }

            id = style.BasedOn?.Val?.Value;
        }
    }

    public bool Is(string? id, params string[] keys) => Chain(id).Any(k => keys.Contains(k));

    /// <summary>Bold or italic set by a character style (or one it is based on).</summary>
    public (bool Bold, bool Italic, bool Mono) RunLook(string? id)
    {
        var (bold, italic, mono) = (false, false, false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Add(id) && _byId.TryGetValue(id, out var style))
        {
            var rPr = style.StyleRunProperties;
            bold |= rPr?.Bold is { } b && (b.Val is null || b.Val.Value);
            italic |= rPr?.Italic is { } i && (i.Val is null || i.Val.Value);
            mono |= IsMonospace(rPr?.RunFonts?.Ascii?.Value);
            var key = Key(style.StyleName?.Val?.Value ?? id);
            mono |= key.Contains("code", StringComparison.Ordinal) || key is "verbatimchar" or "sourcetext";
            id = style.BasedOn?.Val?.Value;
        }

        return (bold, italic, mono);
    }

    public static bool IsMonospace(string? font) =>
        font is not null && (font.Contains("Mono", StringComparison.OrdinalIgnoreCase) || font.Contains("Courier", StringComparison.OrdinalIgnoreCase) || font.Contains("Consolas", StringComparison.OrdinalIgnoreCase));

    public static string Key(string name) => name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
