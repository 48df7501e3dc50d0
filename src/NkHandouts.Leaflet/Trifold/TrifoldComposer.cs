using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Leaflet.Single;
using NkHandouts.Localization;
using NkHandouts.Templates;
using NkHandouts.Text;

namespace NkHandouts.Leaflet.Trifold;

/// <summary>
/// A tri-fold leaflet: one landscape sheet, two sides of three panels. Outside: inside flap (key points, questions),
/// back panel (clinic contact, QR code, disclaimer, review-by date), cover (logo, title). Inside: the article's
/// body — the myths and facts — flowing through the three panels like columns. Frames are drawn, and so tagged, in
/// the order a person reads the folded leaflet: cover, flap, inside left to right, back.
/// </summary>
public sealed class TrifoldComposer
{
    private readonly Article article;
    private readonly Template template;
    private readonly LeafletComposer parts;
    private readonly LeafletTheme theme;
    private readonly BlockComposer blocks;

    public TrifoldComposer(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, IReadOnlyCollection<string>? neverHyphenate = null)
    {
        this.article = article;
        this.template = template;
        parts = new LeafletComposer(article, template, fonts, diagnostics, neverHyphenate);
        theme = parts.Theme;
        blocks = parts.Blocks;
    }

    /// <summary>Padding inside each panel, on both sides of every fold: the template's left margin.</summary>
    private double Gutter => template.Page.Margins.Left.Points;

    /// <summary>
    /// Composes at the template's body size — never smaller: type below the template's policy is not a way to make
    /// an article fit (an article too long for three panels fails with the panel-overflow error, which suggests the
    /// booklet). When it fits, the inside is balanced: the three panels get the shortest common height that holds
    /// the article, so no panel ends a third empty while the others are full.
    /// </summary>
    public static ComposedLeaflet Fit(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null)
    {
        bool Fits(double? height) =>
            new TrifoldComposer(article, template, fonts, new DiagnosticBag(), neverHyphenate).Compose(size, print, height).Layout.Render(new NullSurface()).Overflows.Count == 0;

        var composer = new TrifoldComposer(article, template, fonts, diagnostics, neverHyphenate);
        var full = composer.InsideHeight(size);
        if (!Fits(null))
        {
            return composer.Compose(size, print); // the render reports which panel overflows
        }

        // Binary search to a point: the flow is monotone in the panel height.
        double lo = full / 3, hi = full;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Fits(mid) ? (lo, mid) : (mid, hi);
        }

        return composer.Compose(size, print, hi);
    }

    /// <summary>Share of the cover's height the brand-colour block takes at least.</summary>
    private const double CoverBlock = 0.55;

    private double InsideHeight(PageSize size) =>
        size.Landscape().Height.Points - template.Page.Margins.Top.Points - template.Page.Margins.Bottom.Points;

    /// <param name="insideHeight">Height of the three inside panels' text (balanced columns); null for the whole panel.</param>
    public ComposedLeaflet Compose(PageSize size, bool print, double? insideHeight = null)
    {
        var sheet = size.Landscape();
        var m = template.Page.Margins;
        var bleed = print ? template.Page.Bleed.Points : 0;
        var slug = print && template.Page.CropMarks ? Length.FromMm(6).Points : 0;
        var page = new PageGeometry(sheet.Width.Points, sheet.Height.Points, m.Top.Points, Gutter, m.Bottom.Points, Gutter, bleed, slug);
        var panels = TrifoldPanels.For(sheet.Width.Points, TrifoldLayout.Panels(template));
        Rect Panel(IReadOnlyList<double> widths, int i) =>
            new(page.Trim.X + TrifoldPanels.Edges(widths)[i] + Gutter, page.Content.Y, widths[i] - 2 * Gutter, page.Content.Height);

        var callouts = article.Blocks.OfType<CalloutBlock>().ToList();
        var outside = panels.Outside;
        var inside = panels.Inside;
        var coverPanel = Panel(outside, 2);
        // The article's opening paragraphs (before its first heading) introduce it on the cover; the rest flows inside.
        var body = article.Blocks.Where(b => !(b is CalloutBlock c && LeafletComposer.PulledOut.Contains(c.Kind))).ToList();
        var opening = body.TakeWhile(b => b is ParagraphBlock).ToList();
        var flow = Layout.Compose.Column(theme.Gap, blocks.Blocks(body.Skip(opening.Count))).Tag(StructureTag.Sect);
        Rect InsidePanel(int i) => Panel(inside, i) is var r && insideHeight is { } h ? r with { Height = Math.Min(r.Height, h) } : Panel(inside, i);
        Frame[] frames =
        [
            new("cover panel", 0, coverPanel, Cover(page, coverPanel, opening)),
            new("inside flap", 0, Panel(outside, 0), Flap(callouts)),
            new("inside left panel", 1, InsidePanel(0), flow),
            new("inside middle panel", 1, InsidePanel(1), flow),
            new("inside right panel", 1, InsidePanel(2), flow),
            new("back panel", 0, Panel(outside, 1), Back(callouts)),
        ];

        var layout = new FrameLayout([page, page], frames)
        {
            Decorate = (s, g, n) =>
            {
                if (n == 1)
                {
                    // The flap is tinted edge to edge (into the bleed), so it reads as its own panel when opened.
                    s.FillRect(new Rect(g.Bleed.X, g.Bleed.Y, g.Trim.X - g.Bleed.X + outside[0], g.Bleed.Height), LeafletTheme.Rgb(theme.Colours.BoxBackground));
                }
                else
                {
                    s.FillRect(new Rect(g.Bleed.X, g.Bleed.Y, g.Bleed.Width, g.Trim.Y - g.Bleed.Y + Length.FromMm(4).Points), LeafletTheme.Rgb(theme.Colours.Primary));
                }
            },
        };
        return new ComposedLeaflet(layout, n => TrifoldPanels.Folds(n == 1 ? outside : inside));
    }

    /// <summary>Cover: a brand-colour block from the top trim (and bleed) down past the title, across the panel and
    /// into the bleed on the right; below it the article's opening paragraphs (or its summary) and the clinic.</summary>
    private Element Cover(PageGeometry page, Rect panel, IReadOnlyList<Block> opening)
    {
        var mt = article.Metadata;
        var onPrimary = LeafletTheme.Rgb(theme.Colours.OnPrimary);
        var logoSize = theme.BodySize * 4.5;
        var head = new List<Element>();
        var notice = parts.TranslationNotice();
        if (parts.Logo(logoSize) is { } logo)
        {
            head.Add(logo.Padding(0, panel.Width - logoSize, 0, 0));
            head.Add(Layout.Compose.Spacer(theme.Gap * (notice is null ? 3 : 1.5))); // the notice below needs the room
        }

        head.Add(Layout.Compose.Text(mt.Title, theme.Title with { Colour = onPrimary, Size = theme.BodySize * 2.3 }, theme.Heading).KeepTogether().Tag(StructureTag.H1).Bookmark(1, mt.Title));
        if (mt.Subtitle is { Length: > 0 } sub)
        {
            head.Add(blocks.Plain(sub, theme.Subtitle with { Colour = onPrimary }));
        }

        // An unreviewed translation says so in the colour block, under the title: the first thing read, and in room the
        // block keeps anyway (it reaches half-way down the cover), where below it the opening text needs every line.
        if (notice is not null)
        {
            head.Add(notice);
        }

        // The colour block reaches at least half-way down the cover, whatever the title's length: a cover, not a band.
        var bleed = page.BleedWidth;
        var headColumn = Layout.Compose.Column(theme.Gap, head);
        var headHeight = headColumn.Measure(new Slot(panel.X, panel.Y, panel.Width, panel.Height, true)).Height;
        var wanted = page.Trim.Height * CoverBlock - (panel.Y - page.Trim.Y);
        var bottom = Math.Max(theme.Gap * 3, wanted - headHeight - theme.Gap * 1.5);
        var block = headColumn.Padding(theme.Gap * 1.5, 0, bottom, 0).Box(new BoxStyle
        {
            Background = LeafletTheme.Rgb(theme.Colours.Primary),
            Outset = (panel.Y - page.Trim.Y + bleed, page.Trim.Right - panel.Right + bleed, 0, Gutter),
        });
        var content = new List<Element> { block, Layout.Compose.Spacer(theme.Gap) };
        if (opening.Count > 0)
        {
            content.AddRange(blocks.Blocks(opening));
        }
        else if (mt.Summary is { Length: > 0 } summary)
        {
            content.Add(blocks.Plain(summary, theme.Lead));
        }

        content.Add(Layout.Compose.Spacer(theme.Gap));
        content.Add(blocks.Plain(template.Brand.ClinicName ?? "", theme.Label));
        content.Add(blocks.Plain(parts.Furniture[FurnitureKey.PatientInformation], theme.Small));
        return Layout.Compose.Column(theme.Gap / 2, content).Tag(StructureTag.Sect);
    }

    /// <summary>The inside flap, seen first when the cover opens: key points and questions to ask.</summary>
    private Element Flap(List<CalloutBlock> callouts)
    {
        var content = new List<Element>();
        if (callouts.FirstOrDefault(c => c.Kind == CalloutKind.KeyPoints) is { } keyPoints)
        {
            var heading = Layout.Compose.Text(keyPoints.Title ?? parts.Furniture.Label(CalloutKind.KeyPoints), theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, keyPoints.Title ?? parts.Furniture.Label(CalloutKind.KeyPoints));
            content.Add(Layout.Compose.Column(theme.Gap, [heading, .. blocks.Blocks(keyPoints.Blocks)]).KeepTogether());
        }

        if (parts.Questions(boxed: false) is { } questions)
        {
            content.Add(Layout.Compose.Spacer(theme.Gap / 2));
            content.Add(questions);
        }

        return Layout.Compose.Column(theme.Gap, content).Tag(StructureTag.Sect);
    }

    /// <summary>The back panel, read last: where to find more (QR code), disclaimer, source, version and review date.</summary>
    private Element Back(List<CalloutBlock> callouts)
    {
        var mt = article.Metadata;
        var content = new List<Element>
        {
            Layout.Compose.Text(parts.Furniture[FurnitureKey.ContactUs], theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, parts.Furniture[FurnitureKey.ContactUs]),
            blocks.Plain(template.Brand.ClinicName ?? "", theme.Body.Bold()),
        };
        if (parts.Contact is { Length: > 0 } contact)
        {
            content.Add(blocks.Plain(contact, theme.Body));
        }

        var own = callouts.FirstOrDefault(c => c.Kind == CalloutKind.LearnMore);
        if (own is not null || mt.Url is not null)
        {
            content.Add(Layout.Compose.Spacer(theme.Gap / 2));
            content.Add(Layout.Compose.Text(own?.Title ?? parts.Furniture.Label(CalloutKind.LearnMore), theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, own?.Title ?? parts.Furniture.Label(CalloutKind.LearnMore)));
            if (own is not null)
            {
                content.AddRange(blocks.Blocks(own.Blocks));
            }

            if (mt.Url is { } url)
            {
                content.Add(blocks.Paragraph([new TextInline(parts.Furniture[FurnitureKey.ReadOnline] + " "), new LinkInline(url, [new TextInline(url)])], theme.Small));
                if (LeafletOptions.Of(template).QrCode)
                {
                    var qrSize = Length.FromMm(26).Points;
                    content.Add(Layout.Compose.Row(theme.Gap,
                        (RowWidth.Fixed(qrSize), Layout.Compose.Vector(QrCodes.For(url, LeafletTheme.Rgb(theme.Colours.Text)), qrSize).Tag(new StructureNode(StructureTag.Figure, parts.Furniture.Format(FurnitureKey.QrAlt, url)))),
                        (RowWidth.Relative(), blocks.Plain(parts.Furniture[FurnitureKey.ScanToRead], theme.Small))));
                }
            }
        }

        content.Add(Layout.Compose.Spacer(theme.Gap / 2));
        content.Add(parts.Disclaimer(callouts));
        if (parts.SourceLine() is { } source)
        {
            content.Add(source);
        }

        var stamp = new List<string>();
        if (mt.Version is not null)
        {
            stamp.Add(parts.Furniture.Format(FurnitureKey.Version, mt.Version));
        }

        if (mt.ReviewBy is { } review)
        {
            stamp.Add(parts.Furniture.Format(FurnitureKey.ReviewBy, parts.Furniture.LongDate(review)));
        }

        if (stamp.Count > 0)
        {
            content.Add(blocks.Plain(string.Join(" \u00B7 ", stamp), theme.Small.Bold()));
        }

        return Layout.Compose.Column(theme.Gap * 0.75, content).Tag(StructureTag.Sect);
    }
}
