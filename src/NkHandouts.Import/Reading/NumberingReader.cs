using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Import.Reading;

/// <summary>Whether a paragraph is a list item (numbering on the paragraph or from its style), at which level, and
/// whether the level shows numbers or bullets.</summary>
internal sealed class NumberingReader(Numbering? numbering, StyleMap styleMap, Styles? styles)
{
    private readonly Dictionary<string, Style> _styles = (styles?.Elements<Style>() ?? []).Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public (int Level, bool Ordered)? Of(Paragraph p)
    {
        var pPr = p.ParagraphProperties;
        var numPr = pPr?.NumberingProperties;
        var styleId = pPr?.ParagraphStyleId?.Val?.Value;
        var numId = numPr?.NumberingId?.Val?.Value;
        var level = numPr?.NumberingLevelReference?.Val?.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; numId is null && id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            var styleNum = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= styleNum?.NumberingId?.Val?.Value;
            level ??= styleNum?.NumberingLevelReference?.Val?.Value;
        }

        if (numId is null)
        {
            // A list style without numbering definitions (a document typed in a plain editor).
            if (styleMap.Is(styleId, "listbullet", "listbullet2", "listbullet3"))
            {
                return (Depth(styleId), false);
            }

            return styleMap.Is(styleId, "listnumber", "listnumber2", "listnumber3") ? (Depth(styleId), true) : null;
        }

        if (numId == 0)
        {
            return null; // numbering explicitly removed
        }

        var lvl = level ?? 0;
        return (lvl, IsOrdered(numId.Value, lvl) ?? styleMap.Is(styleId, "listnumber"));
    }

    private int Depth(string? styleId) =>
        styleMap.Chain(styleId).Select(k => k.Length > 0 && char.IsAsciiDigit(k[^1]) && k.StartsWith("list", StringComparison.Ordinal) ? k[^1] - '1' : -1).FirstOrDefault(d => d >= 0, 0);

    private bool? IsOrdered(int numId, int level)
    {
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNum = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var lvl = abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        var format = lvl?.NumberingFormat?.Val?.Value;
        if (format is null)
        {
            return null;
        }

        return format != NumberFormatValues.Bullet && format != NumberFormatValues.None;
    }
}
