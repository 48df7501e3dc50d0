using System.Security;
using NkHandouts.Templates;
using NkHandouts.Word.Packaging;

namespace NkHandouts.Word.Styles;

/// <summary>A small Office theme carrying the template's fonts and brand colours, so Word's Design tab and colour
/// pickers offer the brand palette.</summary>
internal static class DefaultTheme
{
    public static string Xml(Template template)
    {
        var c = template.Brand.Colours;
        var heading = SecurityElement.Escape(template.Typography.HeadingFont);
        var body = SecurityElement.Escape(template.Typography.BodyFont);
        static string Solid(string colour) => $"<a:solidFill><a:srgbClr val=\"{colour}\"/></a:solidFill>";
        var fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        var line = "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>";
        var effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"NkHandouts\"><a:themeElements>"
            + "<a:clrScheme name=\"NkHandouts\">"
            + $"<a:dk1><a:srgbClr val=\"{Units.Hex(c.Text)}\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
            + $"<a:dk2><a:srgbClr val=\"{Units.Hex(c.Heading)}\"/></a:dk2><a:lt2><a:srgbClr val=\"{Units.Hex(c.BoxBackground)}\"/></a:lt2>"
            + $"<a:accent1><a:srgbClr val=\"{Units.Hex(c.Primary)}\"/></a:accent1><a:accent2><a:srgbClr val=\"{Units.Hex(c.Accent)}\"/></a:accent2>"
            + "<a:accent3><a:srgbClr val=\"C0392B\"/></a:accent3><a:accent4><a:srgbClr val=\"7F6000\"/></a:accent4>"
            + "<a:accent5><a:srgbClr val=\"5B2C6F\"/></a:accent5><a:accent6><a:srgbClr val=\"595959\"/></a:accent6>"
            + $"<a:hlink><a:srgbClr val=\"{Units.Hex(c.Primary)}\"/></a:hlink><a:folHlink><a:srgbClr val=\"5B2C6F\"/></a:folHlink>"
            + "</a:clrScheme><a:fontScheme name=\"NkHandouts\">"
            + $"<a:majorFont><a:latin typeface=\"{heading}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
            + $"<a:minorFont><a:latin typeface=\"{body}\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
            + "</a:fontScheme><a:fmtScheme name=\"NkHandouts\">"
            + $"<a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst>"
            + $"<a:lnStyleLst>{line}{line}{line}</a:lnStyleLst>"
            + $"<a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst>"
            + $"<a:bgFillStyleLst>{fill}{fill}{Solid("FFFFFF")}</a:bgFillStyleLst>"
            + "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }
}
