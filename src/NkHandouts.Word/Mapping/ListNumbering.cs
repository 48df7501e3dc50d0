using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// Word numbering for Markdown lists. Bullets share the List Bullet style's numbering; each ordered list gets its own
/// numbering instance of List Number's definition with a start override, so every list restarts at its own start.
/// Works on the default numbering or a reference document's, whatever ids that one uses.
/// </summary>
internal sealed class ListNumbering
{
    private readonly Numbering _numbering;
    private readonly int _numberAbstractId;
    private int _nextNumId;

    public ListNumbering(Numbering numbering, DocumentFormat.OpenXml.Wordprocessing.Styles styles)
    {
        _numbering = numbering;
        _nextNumId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        BulletNumId = Bind(styles, StyleIds.ListBullet, DefaultNumbering.Create().Elements<AbstractNum>().First());
        NumberNumId = Bind(styles, StyleIds.ListNumber, DefaultNumbering.Create().Elements<AbstractNum>().Last());
        _numberAbstractId = AbstractOf(NumberNumId);
    }

    public int BulletNumId { get; }

    public int NumberNumId { get; }

    /// <summary>A fresh instance of the numbered-list definition whose <paramref name="level"/> starts at <paramref name="start"/>.</summary>
    public int NewOrderedList(int level, int start)
    {
        var id = _nextNumId++;
        AppendInstance(new NumberingInstance(
            new AbstractNumId { Val = _numberAbstractId },
            new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
        { NumberID = id });
        return id;
    }

    /// <summary>The numId the style's numbering points at; when the style has none (a user removed it), binds it to
    /// a copy of the default definition so lists still number.</summary>
    private int Bind(DocumentFormat.OpenXml.Wordprocessing.Styles styles, string styleId, AbstractNum fallback)
    {
        var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        var numId = style?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        if (numId is int existing && _numbering.Elements<NumberingInstance>().Any(n => n.NumberID?.Value == existing))
        {
            return existing;
        }

        var abstractId = _numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var copy = (AbstractNum)fallback.CloneNode(true);
        copy.AbstractNumberId = abstractId;
        var lastAbstract = _numbering.Elements<AbstractNum>().LastOrDefault();
        if (lastAbstract is null)
        {
            _numbering.PrependChild(copy);
        }
        else
        {
            lastAbstract.InsertAfterSelf(copy);
        }

        var id = _nextNumId++;
        AppendInstance(new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id });
        if (style is not null)
        {
            var pPr = style.StyleParagraphProperties ?? AddParagraphProperties(style);
            pPr.NumberingProperties?.Remove();
            pPr.InsertAt(new NumberingProperties(new NumberingId { Val = id }), pPr.Elements<KeepNext>().Count() + pPr.Elements<KeepLines>().Count() + pPr.Elements<PageBreakBefore>().Count() + pPr.Elements<FrameProperties>().Count() + pPr.Elements<WidowControl>().Count());
        }

        return id;
    }

    private static StyleParagraphProperties AddParagraphProperties(Style style)
    {
        var pPr = new StyleParagraphProperties();
        if (style.StyleRunProperties is { } rPr)
        {
            rPr.InsertBeforeSelf(pPr);
        }
        else
        {
            style.AppendChild(pPr);
        }

        return pPr;
    }

    private int AbstractOf(int numId) =>
        _numbering.Elements<NumberingInstance>().First(n => n.NumberID?.Value == numId).AbstractNumId?.Val?.Value ?? ListIds.NumberAbstract;

    private void AppendInstance(NumberingInstance instance)
    {
        OpenXmlElement? last = _numbering.Elements<NumberingInstance>().LastOrDefault() ?? (OpenXmlElement?)_numbering.Elements<AbstractNum>().LastOrDefault();
        if (last is null)
        {
            _numbering.AppendChild(instance);
        }
        else
        {
            last.InsertAfterSelf(instance);
        }
    }

    public static NumberingProperties Properties(int level, int numId) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
}
