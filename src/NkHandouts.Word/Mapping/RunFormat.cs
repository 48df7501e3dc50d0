using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>How a run looks, expressed as character styles (Strong, Emphasis, Hyperlink, HTML Code) so a user who
/// restyles "Strong" in Word restyles every bold phrase. Only combinations no single style covers add direct b/i.</summary>
internal readonly record struct RunFormat(bool Strong, bool Emphasis, bool Code, bool Link)
{
    public RunProperties? Properties()
    {
        var style = Code ? StyleIds.Code : Link ? StyleIds.Hyperlink : Strong ? StyleIds.Strong : Emphasis ? StyleIds.Emphasis : null;
        if (style is null)
        {
            return null;
        }

        var props = new RunProperties(new RunStyle { Val = style });
        var directBold = Strong && style != StyleIds.Strong;
        var directItalic = Emphasis && style != StyleIds.Emphasis;
        if (directBold)
        {
            props.Append(new Bold(), new BoldComplexScript());
        }

        if (directItalic)
        {
            props.Append(new Italic(), new ItalicComplexScript());
        }

        return props;
    }
}
