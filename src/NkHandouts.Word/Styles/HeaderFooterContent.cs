using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace NkHandouts.Word.Styles;

/// <summary>A header or footer taken from a reference document: its XML and the images it shows (a logo), each
/// with the relationship id the XML refers to.</summary>
internal sealed record HeaderFooterContent(OpenXmlPartRootElement Root, IReadOnlyList<EmbeddedImage> Images)
{
    public static HeaderFooterContent From(OpenXmlPart part)
    {
        var images = new List<EmbeddedImage>();
        foreach (var image in part.Parts.Where(p => p.OpenXmlPart is ImagePart).OrderBy(p => p.RelationshipId, StringComparer.Ordinal))
        {
            using var stream = image.OpenXmlPart.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            images.Add(new EmbeddedImage(image.RelationshipId, image.OpenXmlPart.ContentType, copy.ToArray()));
        }

        return new HeaderFooterContent((OpenXmlPartRootElement)part.RootElement!.CloneNode(true), images);
    }
}

/// <summary>Image bytes with their content type and relationship id.</summary>
internal sealed record EmbeddedImage(string RelationshipId, string ContentType, byte[] Data);
