using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Parts;

/// <summary>The families a leaflet uses: the template's body and heading fonts (its own files first, then the
/// system's), and fallbacks tried per glyph for characters they lack.</summary>
public sealed record LeafletFonts(FontFamily Body, FontFamily Heading, IReadOnlyList<FontFamily> Fallbacks)
{
    /// <summary>Families tried, in order, for a glyph the body font lacks (those installed; none is required).</summary>
    public static readonly string[] FallbackFamilies = ["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Noto Sans", "Noto Sans Symbols", "Noto Sans Symbols2", "Arial", "Segoe UI Symbol", "Helvetica"];

    /// <summary>Throws <see cref="FontNotFoundException"/> when the body or heading family is nowhere to be found.</summary>
    public static LeafletFonts For(Template template, IReadOnlyList<string>? folders = null)
    {
        var own = template.Typography.Fonts
            .Select(f => (f.Family, FontStyles.Parse(f.Style) ?? FontStyle.Regular, f.Path));
        var locator = new FontLocator(own, folders);
        var body = locator.Family(template.Typography.BodyFont);
        var heading = locator.Family(template.Typography.HeadingFont);
        var fallbacks = new List<FontFamily> { body };
        foreach (var name in FallbackFamilies)
        {
            if (!string.Equals(name, body.Name, StringComparison.OrdinalIgnoreCase) && locator.TryFamily(name) is { } f)
            {
                fallbacks.Add(f);
            }
        }

        return new LeafletFonts(body, heading, fallbacks);
    }
}
