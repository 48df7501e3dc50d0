using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Content.Identity;
using NkHandouts.Diagnostics;
using NkHandouts.Localization;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Word.Embedding;
using NkHandouts.Word.Mapping;
using NkHandouts.Word.Packaging;
using NkHandouts.Word.Styles;
using NkHandouts.Hashing;

namespace NkHandouts.Word;

/// <summary>
/// Writes one briefing: styles, numbering, theme, page setup, header and footer from the template's reference
/// document (or the built-in set), then the title block, table of contents and article body, then properties;
/// finally repacks the zip so the same input always gives the same bytes.
/// </summary>
public static class BriefingWriter
{
    public static IReadOnlyList<Diagnostic> Write(Article article, Template template, RenderSettings settings, Stream destination)
    {
        var diagnostics = new DiagnosticBag();
        var reference = BriefingOptions.Of(template).Reference is { } path ? ReferenceDocument.Load(path, diagnostics) : null;
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            WriteParts(document, article, template, reference, settings, diagnostics);
        }

        buffer.Position = 0;
        DeterministicZip.Repack(buffer, destination);
        return diagnostics.Items;
    }

    private static void WriteParts(WordprocessingDocument document, Article article, Template template, ReferenceDocument? reference, RenderSettings settings, DiagnosticBag diagnostics)
    {
        var m = article.Metadata;
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        var styles = StyleSet.Resolve(reference, template, m.Language);
        var numbering = (Numbering?)reference?.Numbering?.CloneNode(true) ?? DefaultNumbering.Create();
        var lists = new ListNumbering(numbering, styles);
        var section = (SectionProperties?)reference?.Section?.CloneNode(true) ?? PageLayout.Create(template);
        var designedWidth = PageLayout.TextWidth(section);
        PageLayout.ApplyPaperFor(section, template, m.Language);
        PageLayout.MoveRightTabs(styles, designedWidth, PageLayout.TextWidth(section));
        var furniture = FurnitureCatalog.For(article, template, diagnostics) ?? Furniture.English;
        var context = new BriefingContext(main, template, lists, PageLayout.TextWidth(section), diagnostics, new ContentControls(BlockIdentities.Of(article)))
        {
            Furniture = furniture,
        };

        var body = new Body();
        foreach (var paragraph in TitleBlock.Create(m, context.MainLinks, furniture))
        {
            body.Append(paragraph);
        }

        var tocAfter = body.LastChild!;
        new BlockWriter(context).Write(body, article.Blocks, new BlockScope(context.MainLinks, StyleIds.Normal));
        ContentControls.RemoveEmpty(body);
        // The closing blocks: the template's disclaimer, then the source note; each keeps with the next, so the
        // last paragraph of the article never ends a page alone above them.
        var closings = new[] { TitleBlock.Disclaimer(article, BriefingOptions.Of(template).Disclaimer, context.MainLinks), TitleBlock.SourceNote(m, context.MainLinks, furniture) }.OfType<Paragraph>().ToList();
        if (closings.Count > 0)
        {
            KeepWithNext.ApplyToLast(body.LastChild); // the disclaimer's style keeps it with the source note
            body.Append(closings);
        }

        if (BriefingOptions.Of(template).TableOfContents)
        {
            tocAfter.InsertAfterSelf(TableOfContents.Create(context.Headings, furniture));
        }

        BlockSpacing.Apply(body, styles);
        AddHeaderFooter(main, section, reference, template, m.Title, furniture, settings.DraftMark);
        body.Append(section);
        main.Document = new Document(body);

        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings =
            DefaultSettings.Create(m.Language, article.Footnotes.Count > 0, Hyphenation.For(BriefingOptions.Of(template).Hyphenate, m.Language, template));
        Feed(main.AddNewPart<ThemePart>("rIdTheme"), reference?.Theme ?? System.Text.Encoding.UTF8.GetBytes(DefaultTheme.Xml(template)));
        if (article.Footnotes.Count > 0)
        {
            FootnoteWriter.Write(main, article.Footnotes, context);
        }

        // Last: it reads every part's text to know which characters each embedded face must keep.
        FontEmbedder.Embed(main, styles, reference?.FontTable, template, diagnostics);

        CoreProperties.Write(document, m, settings.Timestamp, settings.DraftMark);
        ExtendedProperties.Write(document, template.Brand.ClinicName);
        CustomProperties.Write(document, [.. Custom(article, template, settings), (FurnitureText.Property, FurnitureFingerprints(main))]);
    }

    private static void AddHeaderFooter(MainDocumentPart main, SectionProperties section, ReferenceDocument? reference, Template template, string title, Furniture furniture, string? draftMark)
    {
        var headerPart = main.AddNewPart<HeaderPart>("rIdHeader");
        var header = (Header?)reference?.Header?.Root.CloneNode(true) ?? DefaultHeaderFooter.CreateHeader(title, template.Brand.ClinicName);
        TitleField.SetCachedTitle(header, title);
        if (draftMark is not null)
        {
            // The header repeats on every page: the draft mark goes first in it, bold and framed.
            header.PrependChild(new Paragraph(
                new ParagraphProperties(
                    new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "000000" },
                        new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "000000" },
                        new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "000000" },
                        new RightBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "000000" }),
                    new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new Bold(), new FontSize { Val = "24" }), new DocumentFormat.OpenXml.Wordprocessing.Text(draftMark))));
        }
        headerPart.Header = header;
        AddImages(headerPart, reference?.Header);

        var footerPart = main.AddNewPart<FooterPart>("rIdFooter");
        var footer = (Footer?)reference?.Footer?.Root.CloneNode(true) ?? DefaultHeaderFooter.CreateFooter(furniture);
        TitleField.SetCachedTitle(footer, title);
        footerPart.Footer = footer;
        AddImages(footerPart, reference?.Footer);

        // headerReference and footerReference come first in sectPr.
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" });
    }

    /// <summary>Fingerprints of the text outside the article (header, footer, the info line, disclaimer and source note),
    /// so import can tell text a clinician typed there (it is not imported) from what the build wrote.</summary>
    private static string FurnitureFingerprints(MainDocumentPart main)
    {
        string[] notes = [StyleIds.DocumentInfo, StyleIds.Disclaimer, StyleIds.SourceNote];
        return FurnitureText.Format(
        [
            ("header", main.HeaderParts.SelectMany(h => h.Header?.Descendants<Paragraph>() ?? []).Select(p => FurnitureText.Of(p.OuterXml))),
            ("footer", main.FooterParts.SelectMany(f => f.Footer?.Descendants<Paragraph>() ?? []).Select(p => FurnitureText.Of(p.OuterXml))),
            ("notes", main.Document!.Body!.Elements<Paragraph>()
                .Where(p => notes.Contains(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)).Select(p => FurnitureText.Of(p.OuterXml))),
        ]);
    }

    private static void AddImages(OpenXmlPart part, HeaderFooterContent? content)
    {
        foreach (var image in content?.Images ?? [])
        {
            var imagePart = part switch
            {
                HeaderPart h => h.AddImagePart(image.ContentType, image.RelationshipId),
                FooterPart f => f.AddImagePart(image.ContentType, image.RelationshipId),
                _ => throw new ArgumentException("headers and footers only", nameof(part)),
            };
            Feed(imagePart, image.Data);
        }
    }

    private static List<(string, string)> Custom(Article article, Template template, RenderSettings settings)
    {
        var m = article.Metadata;
        var values = new List<(string, string)>();
        if (m.Version is not null)
        {
            values.Add(("Version", m.Version));
        }

        if (m.ReviewBy is { } review)
        {
            values.Add(("ReviewBy", TitleBlock.Iso(review)));
        }

        if ((article.SourceHash ?? SourceHash(article.Path)) is { } hash)
        {
            values.Add(("SourceHash", hash));
        }

        // Where `nkhandouts import` writes edits back to: the article's path as the build saw it, with '/'.
        values.Add(("ArticlePath", article.Path.Replace('\\', '/')));

        values.Add(("Audience", m.Audience));
        values.Add(("Template", template.Name));

        // The depth past which the build set quotes, lists and boxes flat (NK125): import flattens the article the
        // same way before it compares, or an unedited briefing would write the flattening back into the Markdown.
        values.Add(("MaxNestingDepth", template.Limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // And the width past which it set tables as lists (NK123): import refuses such a briefing (NK708).
        values.Add(("MaxTableColumns", template.Limits.MaxTableColumns.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        values.Add(("Generator", "NkHandouts " + settings.ToolVersion));
        return values;
    }

    /// <summary>SHA-256 of the article file's bytes, lower-case hex, for an article parsed from text (a loaded article
    /// carries its hash from the one read); null when the article has no file.</summary>
    internal static string? SourceHash(string path)
    {
        try
        {
            return File.Exists(path) ? Sha256.Hex(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Feed(OpenXmlPart part, byte[] data)
    {
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(data);
    }
}
