using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace NkHandouts.Word.Packaging;

/// <summary>docProps/app.xml: names the application that made the file, and the clinic as company.</summary>
internal static class ExtendedProperties
{
    public static void Write(WordprocessingDocument document, string? company)
    {
        var part = document.AddNewPart<ExtendedFilePropertiesPart>("rId3");
        var properties = new Properties(new Application("NkHandouts"));
        if (!string.IsNullOrWhiteSpace(company))
        {
            properties.Append(new Company(company));
        }

        part.Properties = properties;
    }
}
