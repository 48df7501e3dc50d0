using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Word.Styles;

/// <summary>Refreshes the shown text of TITLE fields in a header or footer, so a header copied from the reference
/// document shows this article's title before Word recalculates fields.</summary>
internal static class TitleField
{
    public static void SetCachedTitle(OpenXmlElement root, string title)
    {
        foreach (var field in root.Descendants<SimpleField>())
        {
            if (IsTitle(field.Instruction?.Value))
            {
                var texts = field.Descendants<WText>().ToList();
                if (texts.Count == 0)
                {
                    field.Append(new Run(new WText(title)));
                }
                else
                {
                    texts[0].Text = title;
                    texts.Skip(1).ToList().ForEach(t => t.Text = "");
                }
            }
        }

        // Complex fields: begin, instrText TITLE, separate, result runs, end.
        var runs = root.Descendants<Run>().ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            if (!IsTitle(runs[i].GetFirstChild<FieldCode>()?.Text))
            {
                continue;
            }

            var inResult = false;
            var first = true;
            for (var j = i + 1; j < runs.Count; j++)
            {
                var type = runs[j].GetFirstChild<FieldChar>()?.FieldCharType?.Value;
                if (type == FieldCharValues.End)
                {
                    break;
                }

                if (type == FieldCharValues.Separate)
                {
                    inResult = true;
                    continue;
                }

                if (inResult)
                {
                    foreach (var text in runs[j].Elements<WText>())
                    {
                        text.Text = first ? title : "";
                        first = false;
                    }
                }
            }
        }
    }

    private static bool IsTitle(string? instruction) =>
        instruction is not null && instruction.Trim().StartsWith("TITLE", StringComparison.OrdinalIgnoreCase);
}
