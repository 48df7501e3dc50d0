using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Word.Packaging;

namespace NkHandouts.Word.Styles;

/// <summary>Real Word numbering definitions behind List Bullet and List Number: nine levels each, indented 0.25 in
/// per level, so nested Markdown lists become nested Word lists a user can promote and demote with Tab.</summary>
internal static class DefaultNumbering
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private static readonly NumberFormatValues[] Formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    public static Numbering Create()
    {
        var bullets = Abstract(ListIds.BulletAbstract, "5A1B0001", StyleIds.ListBullet,
            level => (NumberFormatValues.Bullet, Bullets[level % 3]));
        var numbers = Abstract(ListIds.NumberAbstract, "5A1B0002", StyleIds.ListNumber,
            level => (Formats[level % 3], "%" + Units.Text(level + 1) + "."));
        return new Numbering(
            bullets,
            numbers,
            new NumberingInstance(new AbstractNumId { Val = ListIds.BulletAbstract }) { NumberID = ListIds.BulletNum },
            new NumberingInstance(new AbstractNumId { Val = ListIds.NumberAbstract }) { NumberID = ListIds.NumberNum });
    }

    private static AbstractNum Abstract(int id, string nsid, string firstLevelStyle, Func<int, (NumberFormatValues Format, string Text)> level)
    {
        var abstractNum = new AbstractNum(new Nsid { Val = nsid }, new MultiLevelType { Val = MultiLevelValues.HybridMultilevel })
        {
            AbstractNumberId = id,
        };
        for (var i = 0; i < 9; i++)
        {
            var (format, text) = level(i);
            var left = 360 * (i + 1);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format });
            if (i == 0)
            {
                lvl.Append(new ParagraphStyleIdInLevel { Val = firstLevelStyle });
            }

            lvl.Append(
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = Units.Text(left), Hanging = "360" }));
            lvl.LevelIndex = i;
            abstractNum.Append(lvl);
        }

        return abstractNum;
    }
}
