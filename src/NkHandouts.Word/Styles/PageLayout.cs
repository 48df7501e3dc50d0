using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = DocumentFormat.OpenXml.Wordprocessing.PageSize;
using NkHandouts.Templates;
using NkHandouts.Word.Packaging;

namespace NkHandouts.Word.Styles;

/// <summary>Section properties (page size, orientation, margins) from the template's first page size.</summary>
internal static class PageLayout
{
    public static SectionProperties Create(Template template)
    {
        var size = template.Page.Sizes[0];
        if (template.Page.Landscape)
        {
            size = size.Landscape();
        }

        var m = template.Page.Margins;
        var pageSize = new PageSize { Width = (uint)Units.Twips(size.Width), Height = (uint)Units.Twips(size.Height) };
        if (template.Page.Landscape)
        {
            pageSize.Orient = PageOrientationValues.Landscape;
        }

        return new SectionProperties(
            pageSize,
            new PageMargin
            {
                Top = Units.Twips(m.Top),
                Right = (uint)Units.Twips(m.Right),
                Bottom = Units.Twips(m.Bottom),
                Left = (uint)Units.Twips(m.Left),
                Header = 567,
                Footer = 567,
                Gutter = 0,
            },
            new Columns { Space = "720" },
            new DocGrid { LinePitch = 360 });
    }

    public static int TextWidth(Template template) => TextWidth(Create(template));

    /// <summary>Width available for text, in twips, from a section's page size and margins.</summary>
    public static int TextWidth(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var width = (int)(size?.Width?.Value ?? 11906);
        var left = (int)(margin?.Left?.Value ?? 1440);
        var right = (int)(margin?.Right?.Value ?? 1440);
        return Math.Max(1440, width - left - right);
    }
}
