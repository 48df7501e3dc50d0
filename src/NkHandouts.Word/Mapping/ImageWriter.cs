using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Word.Packaging;
using NkHandouts.Word.Styles;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace NkHandouts.Word.Mapping;

/// <summary>Embeds images inline, at 96 dpi up to the text width, with the Markdown alt text as the picture's
/// description (what Word's "Alt Text" pane and screen readers show), and the image title as a caption.</summary>
internal sealed class ImageWriter(MainDocumentPart main)
{
    private const long MaxImageBytes = 20L * 1024 * 1024;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public IEnumerable<OpenXmlElement> Create(ImageBlock image, BriefingContext context, BlockScope scope)
    {
        byte[] data;
        try
        {
            var info = new FileInfo(image.Path);
            if (info.Length > MaxImageBytes)
            {
                context.Diagnostics.Warning(DiagnosticCodes.BriefingImageUnsupported, image.Source, $"image is {info.Length:N0} bytes; the briefing embeds images up to {MaxImageBytes:N0}", "scale the image down");
                yield break;
            }

            data = File.ReadAllBytes(image.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Warning(DiagnosticCodes.BriefingImageUnsupported, image.Source, $"cannot read image: {e.Message}");
            yield break;
        }

        var format = ImageInfo.Read(data);
        if (format is null || format.Width <= 0 || format.Height <= 0)
        {
            context.Diagnostics.Warning(DiagnosticCodes.BriefingImageUnsupported, image.Source, "the Word briefing embeds PNG, JPEG and GIF images only; this image was left out", "convert the image to PNG");
            yield break;
        }

        if ((long)format.Width * format.Height > context.Template.Limits.MaxImagePixels)
        {
            // Word would decode it when the briefing opens: a few kilobytes can inflate to gigabytes.
            context.Diagnostics.Warning(DiagnosticCodes.BriefingImageUnsupported, image.Source,
                $"image is {format.Width} × {format.Height} pixels; the limit is {context.Template.Limits.MaxImagePixels:N0}; it was left out", "scale the image down, or raise limits.maxImagePixels in the template");
            yield break;
        }

        var relationshipId = RelationshipFor(image.Path, format, data);
        var maxEmu = context.TextWidthTwips * (Units.EmuPerPoint / 20);
        var cx = (long)format.Width * 9525; // 96 dpi
        var cy = (long)format.Height * 9525;
        if (cx > maxEmu)
        {
            cy = cy * maxEmu / cx;
            cx = maxEmu;
        }

        var id = context.NextDrawingId();
        var name = "Picture " + Units.Text((int)id);
        var alt = image.AltText;
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = scope.ParagraphStyle }, new KeepNext());
        if (image.Title is null)
        {
            pPr.RemoveAllChildren<KeepNext>();
        }

        // A title as well as the description: Word's accessibility checker and some screen readers read the title.
        yield return new Paragraph(pPr, new Run(Drawing(relationshipId, id, name, alt, image.Title ?? alt, cx, cy)));
        if (image.Title is not null)
        {
            yield return BlockWriter.Paragraph(StyleIds.Caption, [new TextInline(image.Title)], scope.Links);
        }
    }

    private string RelationshipFor(string path, ImageInfo format, byte[] data)
    {
        if (_ids.TryGetValue(path, out var existing))
        {
            return existing;
        }

        var id = "rIdImg" + Units.Text(_ids.Count + 1);
        var part = main.AddImagePart(format.ContentType, id);
        using (var stream = part.GetStream(FileMode.Create))
        {
            stream.Write(data);
        }

        _ids[path] = id;
        return id;
    }

    private static Drawing Drawing(string relationshipId, uint id, string name, string alt, string title, long cx, long cy) =>
        new(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = alt, Title = title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = name, Description = alt, Title = title },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
}
