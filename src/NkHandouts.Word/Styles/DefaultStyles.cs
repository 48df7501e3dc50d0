using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Templates;
using NkHandouts.Word.Packaging;
using static NkHandouts.Word.Styles.StyleFactory;

namespace NkHandouts.Word.Styles;

/// <summary>
/// The complete style set used when a template has no reference document, and written into a new reference.docx:
/// Word's built-in ids (Title, Heading1–3, ListBullet, TOC1…) with the template's fonts, sizes and colours.
/// </summary>
internal static class DefaultStyles
{
    public static DocumentFormat.OpenXml.Wordprocessing.Styles Create(Template template, string language)
    {
        var t = template.Typography;
        var c = template.Brand.Colours;
        var body = t.BodySize.Points;
        var line = Units.Text((int)Math.Round(240 * t.LineHeight));
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(t.BodyFont), Colour(c.Text), Size(body), SizeCs(body),
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new WidowControl(),
                    new SpacingBetweenLines { After = Units.TwipsText(body * 0.75), Line = line, LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(Paragraph(StyleIds.Normal, "Normal", null, null, 0, true, isDefault: true));
        styles.Append(Character("DefaultParagraphFont", "Default Paragraph Font", 1, new StyleRunProperties(), semiHidden: true));
        ((Style)styles.LastChild!).Default = OnOffValue.FromBoolean(true);
        styles.Append(TableNormal());

        var heading = t.HeadingFont;
        styles.Append(Paragraph(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Subtitle, 10, true,
            new StyleParagraphProperties(Spacing(0, 4), new ContextualSpacing()),
            new StyleRunProperties(Fonts(heading), new Bold(), new BoldComplexScript(), Colour(c.Heading), new Kern { Val = 28 }, Size(body * 2.2), SizeCs(body * 2.2))));
        styles.Append(Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, StyleIds.Normal, 11, true,
            new StyleParagraphProperties(Spacing(0, 10)),
            new StyleRunProperties(Fonts(heading), Colour(c.Primary), Size(body * 1.3), SizeCs(body * 1.3))));
        styles.Append(Paragraph(StyleIds.DocumentInfo, "Document Info", StyleIds.Normal, StyleIds.Normal, 12, true,
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 6, Color = Units.Hex(c.Primary) }),
                Spacing(0, 18)),
            new StyleRunProperties(Size(body * 0.85), SizeCs(body * 0.85))));

        styles.Append(Paragraph(StyleIds.Summary, "Summary", StyleIds.Normal, StyleIds.Normal, 13, true,
            new StyleParagraphProperties(Spacing(0, 14)),
            new StyleRunProperties(Colour(c.Heading), Size(body * 1.1), SizeCs(body * 1.1))));
        styles.Append(Paragraph(StyleIds.Disclaimer, "Disclaimer", StyleIds.Normal, StyleIds.SourceNote, 14, true,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(18, 0)),
            new StyleRunProperties(new Italic(), new ItalicComplexScript(), Size(body * 0.9), SizeCs(body * 0.9))));
        styles.Append(Paragraph(StyleIds.SourceNote, "Source Note", StyleIds.Normal, StyleIds.Normal, 14, true,
            new StyleParagraphProperties(
                new KeepLines(),
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 6, Color = "A6A6A6" }),
                Spacing(18, 0)),
            new StyleRunProperties(Size(body * 0.85), SizeCs(body * 0.85))));

        double[] sizes = [body * 1.45, body * 1.2, body * 1.05];
        double[] before = [18, 14, 10];
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, StyleIds.Normal, 9, true,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(before[level - 1], 6), new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(Fonts(heading), new Bold(), new BoldComplexScript(), Colour(c.Heading), Size(sizes[level - 1]), SizeCs(sizes[level - 1]))));
        }

        styles.Append(Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal, null, 99, true,
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = ListIds.BulletNum }), Spacing(0, 3))));
        styles.Append(Paragraph(StyleIds.ListNumber, "List Number", StyleIds.Normal, null, 99, true,
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = ListIds.NumberNum }), Spacing(0, 3))));
        styles.Append(Paragraph(StyleIds.ListContinue, "List Continue", StyleIds.Normal, null, 99, false,
            new StyleParagraphProperties(Spacing(0, 3), new Indentation { Left = "360" })));
        styles.Append(Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, StyleIds.Normal, 29, true,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Units.Hex(c.Primary) }),
                new Indentation { Left = "432", Right = "432" }),
            new StyleRunProperties(new Italic(), new ItalicComplexScript())));
        styles.Append(Paragraph(StyleIds.CalloutText, "Callout Text", StyleIds.Normal, null, 30, true,
            new StyleParagraphProperties(Spacing(0, 4))));
        foreach (var kind in StyleIds.StyledCallouts)
        {
            styles.Append(CalloutLabel(kind, template));
            styles.Append(CalloutBox(kind, template));
        }

        styles.Append(Paragraph(StyleIds.Caption, "caption", StyleIds.Normal, StyleIds.Normal, 35, true,
            new StyleParagraphProperties(Spacing(2, 10)),
            new StyleRunProperties(new Italic(), new ItalicComplexScript(), Size(body * 0.85), SizeCs(body * 0.85))));
        styles.Append(Paragraph(StyleIds.ThematicBreak, "Section Break Line", StyleIds.Normal, StyleIds.Normal, 40, false,
            new StyleParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "A6A6A6" }), Spacing(6, 12))));
        styles.Append(Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1), StyleIds.Normal, 39, true,
            new StyleParagraphProperties(new OutlineLevel { Val = 9 })));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(StyleIds.Toc(level), "toc " + level, StyleIds.Normal, StyleIds.Normal, 39, false,
                new StyleParagraphProperties(Spacing(0, 3), new Indentation { Left = Units.Text((level - 1) * 220) }), semiHidden: true));
        }

        styles.Append(Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, null, 99, false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(Size(body * 0.8), SizeCs(body * 0.8)), semiHidden: true));
        styles.Append(Paragraph(StyleIds.Header, "header", StyleIds.Normal, null, 99, false,
            new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = PageLayout.TextWidth(template) }), new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(Colour(c.Primary), Size(body * 0.8), SizeCs(body * 0.8)), semiHidden: true));
        styles.Append(Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, null, 99, false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Size(body * 0.8), SizeCs(body * 0.8)), semiHidden: true));

        styles.Append(Character(StyleIds.Hyperlink, "Hyperlink", 99, new StyleRunProperties(Colour(c.Primary), new Underline { Val = UnderlineValues.Single }), semiHidden: true));
        styles.Append(Character(StyleIds.Strong, "Strong", 22, new StyleRunProperties(new Bold(), new BoldComplexScript())));
        styles.Append(Character(StyleIds.Emphasis, "Emphasis", 20, new StyleRunProperties(new Italic(), new ItalicComplexScript())));
        styles.Append(Character(StyleIds.Code, "HTML Code", 99, new StyleRunProperties(Fonts("DejaVu Sans Mono"), Size(body * 0.9), SizeCs(body * 0.9)), semiHidden: true));
        styles.Append(Character(StyleIds.FootnoteReference, "footnote reference", 99, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), semiHidden: true));
        styles.Append(BriefingTable(template));
        return styles;
    }

    private static Style TableNormal()
    {
        var style = Table(StyleIds.TableNormal, "Normal Table", null, 99,
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        style.Default = OnOffValue.FromBoolean(true);
        style.InsertAfter(new SemiHidden(), style.GetFirstChild<UIPriority>());
        style.InsertAfter(new UnhideWhenUsed(), style.GetFirstChild<SemiHidden>());
        return style;
    }

    /// <summary>A box's label line, written just above the box's one-cell table (not inside it) so that two boxes in a
    /// row are never two touching tables, which Word would join into one. Its shading and borders continue the box:
    /// the left edge sits where the table's edge is (indent 10.5 pt = border space 6 pt + width 4.5 pt), the top border
    /// in the fill colour gives the box its top padding, and the right border carries the tint 2 pt past the right
    /// indent, to where LibreOffice ends the table (it sets a table right by half its left border).
    /// Measured in LibreOffice's render (300 dpi): edge, label text and box height within 0.3 pt of the label-in-cell
    /// box this replaces.</summary>
    private static Style CalloutLabel(CalloutKind kind, Template template)
    {
        var colour = LabelColour(kind, template);
        var (fill, edge) = BoxColours(kind, template);
        var name = kind == CalloutKind.Note ? "Callout" : CalloutKinds.DefaultLabel(kind);
        return Paragraph(StyleIds.CalloutLabel(kind), name, StyleIds.Normal, StyleIds.CalloutText, 30, true,
            new StyleParagraphProperties(
                new KeepNext(),
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 5, Color = Units.Hex(fill) },
                    new LeftBorder { Val = EdgeStyle(kind), Size = 36, Space = 6, Color = Units.Hex(edge) },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 10, Color = Units.Hex(fill) }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Hex(fill) },
                // Single line spacing: LibreOffice leaves the extra of 1.15 lines unshaded, a white seam above the box.
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { Left = "210", Right = "170" }),
            new StyleRunProperties(Fonts(template.Typography.HeadingFont), new Bold(), new BoldComplexScript(), new Caps(), Colour(colour),
                new Spacing { Val = 10 }, Size(template.Typography.BodySize.Points * 0.9), SizeCs(template.Typography.BodySize.Points * 0.9)));
    }

    /// <summary>The label's text colour: the myth red, the template's accent for facts, its heading colour otherwise.</summary>
    internal static Colour LabelColour(CalloutKind kind, Template template) => kind switch
    {
        CalloutKind.Myth => template.Brand.Colours.Myth,
        CalloutKind.Fact => template.Brand.Colours.Accent,
        _ => template.Brand.Colours.Heading,
    };

    /// <summary>The box's fill and edge colours.</summary>
    internal static (Colour Fill, Colour Edge) BoxColours(CalloutKind kind, Template template)
    {
        var c = template.Brand.Colours;
        return kind switch
        {
            CalloutKind.Myth => (c.MythBackground, MythEdge),
            CalloutKind.Fact => (c.FactBackground, c.Accent),
            _ => (c.BoxBackground, c.Primary),
        };
    }

    private static readonly Colour MythEdge = new(0xC0, 0x39, 0x2B);

    /// <summary>A myth's edge (label and box) is dashed, a fact's solid: a difference that survives a black-and-white
    /// print, beside the label word and its icon (CalloutWriter).</summary>
    private static BorderValues EdgeStyle(CalloutKind kind) => kind == CalloutKind.Myth ? BorderValues.Dashed : BorderValues.Single;

    private static Style CalloutBox(CalloutKind kind, Template template)
    {
        var (fill, edge) = BoxColours(kind, template);
        var name = (kind == CalloutKind.Note ? "Callout" : CalloutKinds.DefaultLabel(kind)) + " Box";
        return Table(StyleIds.CalloutBox(kind), name, StyleIds.TableNormal, 31,
            new StyleTableProperties(
                new TableBorders(new LeftBorder { Val = EdgeStyle(kind), Size = 36, Space = 0, Color = Units.Hex(edge) }),
                new TableCellMarginDefault(
                    // The label above gives the box its top padding; 4.7 pt separate the label from the text.
                    new TopMargin { Width = "94", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 170, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 170, Type = TableWidthValues.Dxa })),
            new StyleTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Hex(fill) }));
    }

    private static Style BriefingTable(Template template)
    {
        var c = template.Brand.Colours;
        var line = Units.Hex(new Colour(0xA6, 0xA6, 0xA6));
        return Table(StyleIds.BriefingTable, "Briefing Table", StyleIds.TableNormal, 40,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = line })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = Units.Hex(c.OnPrimary) }),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Units.Hex(c.Primary) }))
            { Type = TableStyleOverrideValues.FirstRow });
    }
}
