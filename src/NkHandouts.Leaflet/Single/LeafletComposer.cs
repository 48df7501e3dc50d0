using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Localization;
using NkHandouts.Templates;
using NkHandouts.Text;

namespace NkHandouts.Leaflet.Single;

/// <summary>
/// Article + template → the leaflet's layout: brand band (logo, clinic), title, summary, then the article in source
/// order (the key points box where the article keeps it), the body with myth/fact callouts, the questions box, learn-more with a QR
/// code, the disclaimer; footer "Version · Review by · Page x of y" on every page (a booklet: title and page number,
/// with version and review date once, at the end).
/// </summary>
public sealed class LeafletComposer
{
    private readonly Article article;
    private readonly Template template;
    private readonly LeafletOptions options;
    private readonly LeafletTheme theme;
    private readonly BlockComposer blocks;
    private readonly DiagnosticBag diagnostics;
    private readonly Furniture furniture;

    public LeafletComposer(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, IReadOnlyCollection<string>? neverHyphenate = null)
    {
        this.article = article;
        this.template = template;
        options = LeafletOptions.Of(template);
        this.diagnostics = diagnostics;
        furniture = ResolveFurniture(article, template, diagnostics);
        theme = new LeafletTheme(template, fonts, LeafletHyphenation.For(article, template, neverHyphenate));
        blocks = new BlockComposer(theme, diagnostics) { Furniture = furniture };
    }

    internal Furniture Furniture => furniture;

    /// <summary>The clinic's contact line in the article's language when the template gives one (strings: es: contact).</summary>
    internal string? Contact => furniture.Optional(FurnitureKey.Contact) ?? template.Brand.Contact;

    /// <summary>The article's furniture strings; after NK130 (reported once, however many times a tri-fold is
    /// re-composed) English stands in, and the render is refused because the bag has an error.</summary>
    private static Furniture ResolveFurniture(Article article, Template template, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var resolved = FurnitureCatalog.For(article, template, own);
        if (!diagnostics.Items.Any(d => d.Code == DiagnosticCodes.FurnitureStringsMissing))
        {
            foreach (var d in own.Items)
            {
                diagnostics.Add(d);
            }
        }

        return resolved ?? Furniture.English;
    }

    /// <summary>A stapled booklet: footers on the outer edge of each spread (left on even pages, right on odd) with
    /// only the title and page number; version and review date once, on the last page (<see cref="EditionLine"/>).</summary>
    public bool Booklet { get; init; }

    internal LeafletTheme Theme => theme;

    internal BlockComposer Blocks => blocks;

    /// <summary>The callouts the leaflet pulls out of the flow into boxes of their own.</summary>
    internal static readonly HashSet<CalloutKind> PulledOut = [CalloutKind.KeyPoints, CalloutKind.Questions, CalloutKind.Disclaimer, CalloutKind.LearnMore];

    public DocumentLayout Compose(PageSize size, bool print = false)
    {
        var page = Geometry(size, print);
        var content = new List<Element> { Band(page), Layout.Compose.Spacer(theme.Gap * 1.5) };
        content.AddRange(TitleBlock());
        if (TranslationNotice() is { } notice)
        {
            content.Add(Layout.Compose.Spacer(theme.Gap / 2).WithKeepWithNext()); // space before what follows: goes over with it
            content.Add(notice);
        }

        // Source order: the key points box stands where the article puts it (read after the introduction that
        // precedes it). Questions, learn-more and the disclaimer close the leaflet, as the template lays it out.
        var callouts = article.Blocks.OfType<CalloutBlock>().ToList();
        HashSet<CalloutKind> closing = [CalloutKind.Questions, CalloutKind.Disclaimer, CalloutKind.LearnMore];
        content.AddRange(blocks.Blocks(article.Blocks.Where(b => !(b is CalloutBlock c && closing.Contains(c.Kind)))));

        if (Questions() is { } questions)
        {
            content.Add(Layout.Compose.Spacer(theme.Gap / 2).WithKeepWithNext()); // space before what follows: goes over with it
            content.Add(questions);
        }

        if (LearnMore(callouts, page.Content.Width) is { } learnMore)
        {
            content.Add(Layout.Compose.Spacer(theme.Gap / 2).WithKeepWithNext()); // space before what follows: goes over with it
            content.Add(learnMore);
        }

        var disclaimer = Disclaimer(callouts);
        content.Add(disclaimer);

        // The small print (source note, a booklet's edition line) never stands alone on the last page (a page a
        // reader turns to for nothing): when it does not fit, the disclaimer goes over with it.
        Element last = disclaimer;
        foreach (var note in new[] { SourceLine(), Booklet ? EditionLine() : null }.OfType<Element>())
        {
            last.WithKeepWithNext();
            content.Add(note);
            last = note;
        }

        var body = Layout.Compose.Column(theme.Gap, content).Tag(StructureTag.Sect);
        return new DocumentLayout(page, body)
        {
            Footer = Footer(page),
            FurnitureGap = theme.Gap,
            Decorate = (surface, g, n) =>
            {
                // Pages after the first carry a slim brand strip in place of the band, running into the bleed.
                if (n > 1)
                {
                    surface.FillRect(new Rect(g.Bleed.X, g.Bleed.Y, g.Bleed.Width, g.Trim.Y - g.Bleed.Y + Length.FromMm(4).Points), LeafletTheme.Rgb(theme.Colours.Primary));
                }
            },
        };
    }

    /// <summary>Page boxes with side margins widened so running text stays within about 70 characters a line.</summary>
    private PageGeometry Geometry(PageSize size, bool print)
    {
        var s = template.Page.Landscape ? size.Landscape() : size;
        var m = template.Page.Margins;
        var available = s.Width.Points - m.Left.Points - m.Right.Points;
        var extra = Math.Max(0, (available - theme.Measure()) / 2);
        var bleed = print ? template.Page.Bleed.Points : 0;
        var slug = print && template.Page.CropMarks ? Length.FromMm(6).Points : 0;
        return new PageGeometry(s.Width.Points, s.Height.Points, m.Top.Points, m.Right.Points + extra, m.Bottom.Points, m.Left.Points + extra, bleed, slug);
    }

    /// <summary>The brand band: primary colour from the top trim edge (and into the bleed) across the page, with
    /// the logo and the clinic's name in the on-primary colour.</summary>
    private Element Band(PageGeometry page)
    {
        var brand = template.Brand;
        var name = brand.ClinicName ?? "";
        var logoSize = theme.BodySize * 3.2;
        var text = Layout.Compose.Column(2,
            blocks.Plain(name, theme.Band),
            blocks.Plain(furniture[FurnitureKey.PatientInformation], theme.BandSmall));
        var row = Logo(logoSize) is { } logo
            ? Layout.Compose.Row(theme.BodySize, (RowWidth.Fixed(logoSize), logo), (RowWidth.Relative(), text.Padding(logoSize * 0.12, 0, 0, 0)))
            : text;
        var bleed = page.BleedWidth;

        // Lift the band's content into the top margin (which the band covers anyway) so it sits centred in the
        // band rather than at its foot.
        var lift = Math.Max(0, (page.Content.Y - page.Trim.Y - theme.BodySize) / 2);
        return row.Padding(-lift, 0, theme.BodySize * 1.2, 0).Box(new BoxStyle
        {
            Background = LeafletTheme.Rgb(brand.Colours.Primary),
            Outset = (page.Content.Y - page.Trim.Y + bleed, page.Trim.Right - page.Content.Right + bleed, 0, page.Content.X - page.Trim.X + bleed),
        });
    }

    internal Element? Logo(double size)
    {
        if (template.Brand.Logo is not { } path || !File.Exists(path))
        {
            return null;
        }

        var alt = furniture.Format(FurnitureKey.LogoAlt, template.Brand.ClinicName ?? furniture[FurnitureKey.Clinic]);
        var images = new LeafletImages(template.Limits, diagnostics);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return images.Svg(path) is { } image
                ? Layout.Compose.Vector(image, InSquare(size, image.Width, image.Height)).Tag(new StructureNode(StructureTag.Figure, alt))
                : null;
        }

        return images.Raster(path, SourceLocation.FileOnly(path)) is { } data
            ? Layout.Compose.Image(data, Path.GetFileName(path), InSquare(size, data.PixelWidth, data.PixelHeight)).Tag(new StructureNode(StructureTag.Figure, alt))
            : null;
    }

    /// <summary>
    /// The width that fits a logo of <paramref name="width"/> × <paramref name="height"/> (any unit) into a square of
    /// <paramref name="size"/> points: a wide or square logo is drawn <paramref name="size"/> wide, a tall one narrower,
    /// so that no logo is taller than the space its band or panel gives it. (A tall SVG drawn at the full width was
    /// taller than the page and the leaflet failed with NK403, blamed on the article.)
    /// </summary>
    internal static double InSquare(double size, double width, double height) =>
        height > width && width > 0 ? size * width / height : size;

    private IEnumerable<Element> TitleBlock()
    {
        var m = article.Metadata;
        yield return Layout.Compose.Text(m.Title, theme.Title, theme.Heading).KeepTogether().Tag(StructureTag.H1).Bookmark(1, m.Title);
        if (m.Subtitle is { Length: > 0 } sub)
        {
            yield return blocks.Plain(sub, theme.Subtitle);
        }

        if (m.Summary is { Length: > 0 } summary)
        {
            yield return blocks.Plain(summary, theme.Lead);
        }
    }

    /// <summary>A translation no qualified medical translator has reviewed (<c>translationOf.reviewedBy</c> empty) says
    /// so in a boxed notice near the top of the first page, in the myth colour, so nobody prints it unawares.</summary>
    internal Element? TranslationNotice() =>
        article.Metadata.TranslationOf is { Reviewed: false }
            ? blocks.Boxed(null, [blocks.Plain(furniture[FurnitureKey.TranslationNotice], theme.CalloutLabel)], theme.Colours.MythBackground).KeepTogether()
            : null;

    internal Element TitledBox(string title, IReadOnlyList<Element> content, Colour background) => blocks.TitledBox(title, content, background);

    /// <param name="boxed">False on a panel that is itself tinted (the tri-fold's flap): heading and list without
    /// the box's inset, which would cost a narrow column five characters a line.</param>
    internal Element? Questions(bool boxed = true)
    {
        if (!options.QuestionsBox)
        {
            return null;
        }

        var label = furniture.Label(CalloutKind.Questions);
        List<Element> content;
        if (article.Blocks.OfType<CalloutBlock>().FirstOrDefault(c => c.Kind == CalloutKind.Questions) is { } own)
        {
            label = own.Title ?? label;
            content = [.. blocks.Blocks(own.Blocks)];
        }
        else if (options.DefaultQuestions.Count > 0)
        {
            var items = options.DefaultQuestions
                .Select(q => new ListItemBlock(default, [new ParagraphBlock(default, [new TextInline(q)])]))
                .ToList();
            content = [blocks.List(new ListBlock(default, false, 1, items))];
        }
        else
        {
            return null;
        }

        if (Contact is { Length: > 0 } contact)
        {
            // The contact line closes the box: never alone in a box fragment at the top of a page.
            content.Add(blocks.Plain(contact, theme.Body.Bold()).WithKeepWithPrevious());
        }

        content.Insert(0, blocks.Plain(furniture[FurnitureKey.QuestionsIntro], theme.Body).WithKeepWithNext());
        if (!boxed)
        {
            var heading = Layout.Compose.Text(label, theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, label).WithKeepWithNext();
            return Layout.Compose.Column(theme.Gap * 0.75, [heading, .. content]).Tag(StructureTag.Div).KeepTogetherUnlessSparse();
        }

        return TitledBox(label, content, theme.Colours.BoxBackground);
    }

    /// <param name="width">The column the block fills. In a booklet, where the text beside the QR code would keep
    /// fewer than about 45 characters a line (A5), the code goes under the text with its caption beside it.</param>
    internal Element? LearnMore(List<CalloutBlock> callouts, double width = double.PositiveInfinity)
    {
        var own = callouts.FirstOrDefault(c => c.Kind == CalloutKind.LearnMore);
        var url = article.Metadata.Url;
        var text = new List<Element>();
        if (own is not null)
        {
            text.AddRange(blocks.Blocks(own.Blocks));
        }

        if (url is not null)
        {
            text.Add(blocks.Paragraph([new TextInline(furniture[FurnitureKey.ReadOnline] + " "), new LinkInline(url, [new TextInline(url)])]));
        }

        if (text.Count == 0)
        {
            return null;
        }

        var heading = Layout.Compose.Text(own?.Title ?? furniture.Label(CalloutKind.LearnMore), theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, own?.Title ?? furniture.Label(CalloutKind.LearnMore));
        var column = Layout.Compose.Column(theme.Gap / 2, [heading, .. text]);
        if (url is null || !options.QrCode)
        {
            return column.KeepTogether();
        }

        var qrSize = Length.FromMm(28).Points;
        var qrColumn = Math.Max(qrSize, theme.Small.Size * 7.5); // the caption in two lines, even in large print
        var gap = theme.BodySize * 1.2;
        var code = Layout.Compose.Vector(QrCodes.For(url, LeafletTheme.Rgb(theme.Colours.Text)), qrSize).Tag(new StructureNode(StructureTag.Figure, furniture.Format(FurnitureKey.QrAlt, url)));
        var caption = blocks.Plain(furniture[FurnitureKey.ScanShort], theme.Small);
        if (Booklet && width - qrColumn - gap < theme.Measure(47))
        {
            // An A5 page beside the code leaves 44 characters a line, under the 45 that read well (NK504): when this
            // block fills a booklet's last page, the enforced page check would refuse the booklet. The code and its
            // caption go under the text instead, which also gives the back page the edition details' room.
            var under = Layout.Compose.Row(gap * 0.75, (RowWidth.Fixed(qrSize), code), (RowWidth.Relative(), caption.Padding(qrSize / 2 - theme.Small.Size, 0, 0, 0)));
            return Layout.Compose.Column(theme.Gap / 2, [heading, .. text, under]).KeepTogether();
        }

        var qr = Layout.Compose.Column(4, code, caption);
        return Layout.Compose.Row(gap, (RowWidth.Relative(), column), (RowWidth.Fixed(qrColumn), qr)).KeepTogether();
    }

    internal Element Disclaimer(List<CalloutBlock> callouts)
    {
        var own = callouts.FirstOrDefault(c => c.Kind == CalloutKind.Disclaimer);
        var content = (furniture.Optional(FurnitureKey.DisclaimerText) ?? options.Disclaimer) is { Length: > 0 } d
            ? [blocks.Plain(d, theme.Body)]
            : own is not null ? [.. blocks.Blocks(own.Blocks)] : new List<Element> { blocks.Plain(furniture[FurnitureKey.DefaultDisclaimer], theme.Body) };
        return blocks.Boxed(blocks.Plain(furniture.Label(CalloutKind.Disclaimer), theme.CalloutLabel), content, theme.Colours.Background).KeepTogether();
    }

    /// <summary>The source note in small print, kept whole: split, its last two lines would stand alone on a page.</summary>
    internal Element? SourceLine() =>
        article.Metadata.Source is { } s ? blocks.Plain(s.Line(furniture), theme.Small).KeepTogether() : null;

    /// <summary>Content narrower than this (points) gets a one-column footer.</summary>
    private const double NarrowFooter = 400;

    private const double FooterGap = 12;

    private static string Unbroken(string text) => text.Replace(' ', '\u00A0');

    /// <summary>"Version 1.0", "Review by 19 December 2026": the edition of the text, in the article's language.</summary>
    private List<string> EditionParts()
    {
        var m = article.Metadata;
        var parts = new List<string>();
        if (m.Version is not null)
        {
            parts.Add(furniture.Format(FurnitureKey.Version, m.Version));
        }

        if (m.ReviewBy is { } review)
        {
            parts.Add(furniture.Format(FurnitureKey.ReviewBy, furniture.LongDate(review)));
        }

        return parts;
    }

    /// <summary>A booklet's version and review date, once, in small print closing the last page — where a printed
    /// booklet keeps its edition details (back cover), still in the patient's hands and read by screen readers.</summary>
    internal Element? EditionLine() =>
        EditionParts() is { Count: > 0 } parts ? blocks.Plain(string.Join(" \u00B7 ", parts.Select(Unbroken)), theme.Small) : null;

    private Element Footer(PageGeometry page)
    {
        // Each part is unbreakable (no-break spaces), so a footer too long for one line wraps between parts
        // ("… de 2026 ·" / "Página 3 de 9"), never inside one (a lone "9" under "Página 3 de").
        var prefix = string.Concat(EditionParts().Select(p => Unbroken(p) + " \u00B7 "));
        var clinic = template.Brand.ClinicName ?? "";
        var rule = Layout.Compose.Rule(0.75, LeafletTheme.Rgb(theme.Colours.Primary), 5);
        var pageText = Layout.Compose.PageText((n, total) => prefix + Unbroken(furniture.Page(n, total)), theme.Small, theme.Tight with { Align = TextAlign.Right });
        if (Booklet)
        {
            return Layout.Compose.Column(0, rule, BookletFooter(page));
        }

        // The clinic on the left when it and the longest page line fit side by side on one line; else (A5, large
        // print, a long date) one line of version, review date and page number — the clinic is in the band already.
        var clinicWidth = theme.Width(clinic, theme.Small);
        var longest = theme.Width($"{prefix}Page 00 of 00", theme.Small);
        if (page.Content.Width < NarrowFooter || clinicWidth + FooterGap + longest > page.Content.Width)
        {
            return Layout.Compose.Column(0, rule, pageText);
        }

        var row = Layout.Compose.Row(FooterGap,
            (RowWidth.Fixed(clinicWidth + 1), Layout.Compose.Text(clinic, theme.Small, theme.Tight)),
            (RowWidth.Relative(), pageText));
        return Layout.Compose.Column(0, rule, row);
    }

    /// <summary>
    /// A booklet's running footer: the page number on the outer edge of the spread (left on even, left-hand pages,
    /// right on odd ones), with the title beside it, towards the spine, when both fit one line. Always one line:
    /// a stapled booklet's pages stay together, so the version and review date need not repeat on every page
    /// (they close the last one), and a second footer line would cost every page a line of text.
    /// </summary>
    private Element BookletFooter(PageGeometry page)
    {
        var title = article.Metadata.Title;
        var separator = " \u00B7 ";
        var withTitle = title.Length > 0 && theme.Width(title + separator + furniture.Page(888, 888), theme.Small) <= page.Content.Width;
        string Text(int n, int total)
        {
            var number = Unbroken(furniture.Page(n, total));
            return !withTitle ? number : n % 2 == 0 ? number + separator + title : title + separator + number;
        }

        return Layout.Compose.PageText(Text, theme.Small, theme.Tight, n => n % 2 == 0 ? TextAlign.Left : TextAlign.Right);
    }
}
