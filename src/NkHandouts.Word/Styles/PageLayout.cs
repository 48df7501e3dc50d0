using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Templates;
using NkHandouts.Word.Packaging;
using PageSize = DocumentFormat.OpenXml.Wordprocessing.PageSize;

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

    /// <summary>Regions that print on US Letter; everywhere else uses A4 (ISO 216).</summary>
    private static readonly HashSet<string> LetterRegions = new(StringComparer.OrdinalIgnoreCase) { "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR" };

    /// <summary>
    /// The paper is the template's first page size when it names one; otherwise it follows the article's language
    /// tag: Letter for en-US, es-US and the other Letter regions, A4 elsewhere. The section's margins and orientation
    /// (from the template or the reference document) stay as they are.
    /// </summary>
    public static void ApplyPaperFor(SectionProperties section, Template template, string language)
    {
        var paper = template.Page.SizesDeclared ? template.Page.Sizes[0] : PaperFor(language);
        var pageSize = section.GetFirstChild<PageSize>();
        if (pageSize is null)
        {
            return;
        }

        var landscape = pageSize.Orient?.Value == PageOrientationValues.Landscape;
        var size = landscape ? paper.Landscape() : paper;
        pageSize.Width = (uint)Units.Twips(size.Width);
        pageSize.Height = (uint)Units.Twips(size.Height);
    }

    /// <summary>Right tab stops set at the text's right edge (the header's clinic name) follow the edge when the
    /// paper changes width.</summary>
    public static void MoveRightTabs(DocumentFormat.OpenXml.Wordprocessing.Styles styles, int fromWidth, int toWidth)
    {
        if (fromWidth == toWidth)
        {
            return;
        }

        foreach (var tab in styles.Descendants<TabStop>().Where(t => t.Val?.Value == TabStopValues.Right && t.Position?.Value == fromWidth))
        {
            tab.Position = toWidth;
        }
    }

    public static Templates.PageSize PaperFor(string language)
    {
        var region = language.Split('-', '_').Skip(1).FirstOrDefault(p => p.Length == 2);
        return region is not null && LetterRegions.Contains(region) ? Templates.PageSize.Letter : Templates.PageSize.A4;
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
