using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Parts;

/// <summary>The template's title type as the leaflet sets it: the largest text on any page, so a text area shorter
/// than one of its lines holds no article at all (the renderer then blames the template, not the content).</summary>
public static class TitleType
{
    /// <summary>The title's type size and the height of one of its lines, in points.</summary>
    public static (double Size, double Line) Of(Template template, LeafletFonts fonts)
    {
        var theme = new LeafletTheme(template, fonts);
        return (theme.Title.Size, theme.Title.Size * theme.Heading.LineHeight);
    }
}
