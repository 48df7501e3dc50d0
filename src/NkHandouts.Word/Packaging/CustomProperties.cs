using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace NkHandouts.Word.Packaging;

/// <summary>Custom document properties (File › Properties › Custom in Word): version, review date, source hash —
/// so a briefing forwarded by mail can still be traced to the article text it was built from.</summary>
internal static class CustomProperties
{
    /// <summary>The format id every custom document property uses.</summary>
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(WordprocessingDocument document, IReadOnlyList<(string Name, string Value)> values)
    {
        var part = document.AddNewPart<CustomFilePropertiesPart>("rId4");
        var properties = new Properties();
        var pid = 2; // 0 and 1 are reserved
        foreach (var (name, value) in values)
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = FormatId, PropertyId = pid++, Name = name });
        }

        part.Properties = properties;
    }
}
