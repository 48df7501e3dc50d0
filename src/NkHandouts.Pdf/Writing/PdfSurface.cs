using System.Globalization;
using NkHandouts.Layout;
using NkHandouts.Leaflet.Print;
using NkHandouts.Pdf.Print;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace NkHandouts.Pdf;

/// <summary>
/// Draws layout output into a tagged PDFsharp document: Unicode-encoded embedded fonts, media/bleed/trim boxes,
/// structure elements continued across pages, artifacts, link annotations and outline entries.
/// </summary>
internal sealed class PdfSurface : IDrawingSurface, IRegistrationSurface, IDisposable
{
    private readonly PdfDocument document;
    private readonly PrintColours? print;
    private PdfItem? registration;
    private (PdfItem On, PdfItem Off)? overprint;
    private readonly UAManager ua;
    private readonly StructureBuilder structure;
    private readonly ParentTreeBatch parentTree;

    /// <summary>Whether PDFsharp is inside a text object (BT … ET) after the last thing drawn on this page.</summary>
    private bool inText;
    private readonly string linkDate;
    private readonly Dictionary<(string, double), XFont> fonts = [];
    private readonly Dictionary<ImageData, XImage> images = [];
    private readonly List<StructureNode> open = [];
    private readonly List<PdfOutline?> outlineLevels = [];
    private int resumable;
    private int links;
    private XGraphics? gfx;
    private PdfPage? page;
    private PageGeometry? geometry;

    /// <param name="print">For a print file: every colour becomes CMYK ink (see <see cref="PrintColours"/>).</param>
    public PdfSurface(PdfDocument document, string language, DateTimeOffset timestamp, PrintColours? print = null)
    {
        this.document = document;
        this.print = print;
        ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(language); // after ForDocument, whose constructor resets it
        structure = ua.StructureBuilder;
        parentTree = new ParentTreeBatch(document);
        linkDate = "D:" + timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
    }

    public int Pages => document.PageCount;

    public void BeginPage(PageGeometry g, int pageNumber)
    {
        ClosePage();
        geometry = g;
        page = document.AddPage();
        page.Width = XUnit.FromPoint(g.Media.Width);
        page.Height = XUnit.FromPoint(g.Media.Height);
        page.TrimBox = Box(g.Trim);
        page.BleedBox = Box(g.Bleed);
        page.Elements.SetName("/Tabs", "/S"); // tab order follows the structure on every page (PDF/UA 7.18.3)
        gfx = XGraphics.FromPdfPage(page);
        inText = false;

        // Elements left open at the foot of the last page continue here when drawn again.
        resumable = 0;
    }

    public void EndPage()
    {
    }

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text)
    {
        var key = (face.Key, size);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new XFont(PdfFontResolver.Register(face), size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            fonts[key] = font;
        }

        var ink = Colour(colour, text: true);
        var solidBlack = print is not null && ink is { C: 0, M: 0, Y: 0, K: 1 };
        if (solidBlack)
        {
            SetOverprint(true);
        }

        Enter(text: true);
        Gfx.DrawString(WithoutNotdef(face, text), font, new XSolidBrush(ink), x, baseline, XStringFormats.BaseLineLeft);
        if (solidBlack)
        {
            SetOverprint(false);
        }
    }

    /// <summary>Switches overprint for what follows (see <see cref="BlackOverprint"/>). A <c>gs</c> operator is allowed
    /// inside a text object, so this needs no q/Q (which would end PDFsharp's text object and marked content).</summary>
    private void SetOverprint(bool on)
    {
        BlackOverprint.AddTo(document, page!, ref overprint);
        var content = Gfx.Internals?.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp gave no content stream to write to");
        content.Append(on ? BlackOverprint.On : BlackOverprint.Off).Append(" gs\n");
    }

    /// <summary>
    /// A character the font lacks would be drawn as glyph 0 (.notdef), which PDF/UA forbids (Matterhorn 31-030) and
    /// no reader can map to text. The layout has already warned about it (NK401); draw U+FFFD (the replacement
    /// character) in its place, or nothing when the font lacks that too.
    /// </summary>
    private static string WithoutNotdef(FontFace face, string text)
    {
        if (text.EnumerateRunes().All(r => face.HasGlyph(r.Value)))
        {
            return text;
        }

        var replacement = face.HasGlyph(0xFFFD) ? "\uFFFD" : "";
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var r in text.EnumerateRunes())
        {
            sb.Append(face.HasGlyph(r.Value) ? r.ToString() : replacement);
        }

        return sb.ToString();
    }

    public void FillRect(Rect rect, Rgb colour)
    {
        Enter(text: false);
        Gfx.DrawRectangle(new XSolidBrush(Colour(colour)), rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width)
    {
        Enter(text: false);
        Gfx.DrawLine(new XPen(Colour(colour), width), x1, y1, x2, y2);
    }

    /// <summary>
    /// ISO 32000-1 14.6: BT … ET and BDC … EMC pairs shall nest. PDFsharp opens an element's marked content just before
    /// it draws, then switches between text and graphics for the drawing itself, so a switch would cross the marked
    /// content (<c>/P BDC ET</c>, or <c>BT … EMC … ET</c>). Switching here first, after ending the element's open marked
    /// content (what follows gets the next MCID of the same element), keeps every marked-content sequence inside one
    /// text object or outside all of them.
    /// </summary>
    private void Enter(bool text)
    {
        if (inText == text)
        {
            return;
        }

        structure.EndMarkedContentsWithId();
        if (text)
        {
            ua.BeginTextMode();
        }
        else
        {
            ua.BeginGraphicMode();
        }

        inText = text;
    }

    public void DrawPath(PathGeometry path, PathPaint paint)
    {
        var p = new XGraphicsPath { FillMode = paint.EvenOdd ? XFillMode.Alternate : XFillMode.Winding };
        double x = 0, y = 0;
        foreach (var c in path.Commands)
        {
            switch (c.Verb)
            {
                case PathVerb.Move:
                    p.StartFigure();
                    (x, y) = (c.X, c.Y);
                    break;
                case PathVerb.Line:
                    p.AddLine(x, y, c.X, c.Y);
                    (x, y) = (c.X, c.Y);
                    break;
                case PathVerb.Cubic:
                    p.AddBezier(x, y, c.X1, c.Y1, c.X2, c.Y2, c.X, c.Y);
                    (x, y) = (c.X, c.Y);
                    break;
                case PathVerb.Close:
                    p.CloseFigure();
                    break;
            }
        }

        XPen? pen = paint.Stroke is { } s
            ? new XPen(Colour(s), paint.StrokeWidth) { LineCap = paint.Cap switch { LineCap.Round => XLineCap.Round, LineCap.Square => XLineCap.Square, _ => XLineCap.Flat } }
            : null;
        XBrush? brush = paint.Fill is { } f ? new XSolidBrush(Colour(f)) : null;
        if (pen is null && brush is null)
        {
            return;
        }

        Enter(text: false);
        if (pen is not null && brush is not null)
        {
            Gfx.DrawPath(pen, brush, p);
        }
        else if (brush is not null)
        {
            Gfx.DrawPath(brush, p);
        }
        else
        {
            Gfx.DrawPath(pen!, p);
        }
    }

    public void DrawImage(ImageData image, Rect rect)
    {
        if (!images.TryGetValue(image, out var x))
        {
            x = XImage.FromStream(new MemoryStream(image.Bytes, writable: false));
            images[image] = x;
        }

        Enter(text: false);
        Gfx.DrawImage(x, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void BeginStructure(StructureNode node, Rect bounds)
    {
        if (resumable < open.Count && ReferenceEquals(open[resumable], node))
        {
            resumable++;
            return;
        }

        CloseFrom(resumable);
        StructureTags.Begin(structure, node, new XRect(bounds.X, bounds.Y, bounds.Width, bounds.Height));
        open.Add(node);
        resumable = open.Count;
    }

    public void BeginFrame() => resumable = 0;

    public void EndStructure(StructureNode node)
    {
        var at = open.LastIndexOf(node);
        if (at < 0)
        {
            return;
        }

        CloseFrom(at);
        resumable = Math.Min(resumable, open.Count);
    }

    /// <summary>
    /// Replacement text (ISO 32000-1 14.9.4) for the text drawn until <see cref="EndReplacement"/>, given twice: on a
    /// <c>Span</c> structure element (what screen readers and PDF/UA checkers read) and on that span's marked-content
    /// sequence, <c>/Span &lt;&lt;/MCID n /ActualText …&gt;&gt; BDC</c> (what content-stream extractors such as
    /// pdftotext read). The span is a sibling of the paragraph's own marked content, not nested in it: poppler's
    /// structure text stops a paragraph's text at the first nested EMC.
    /// </summary>
    public void BeginReplacement(string actualText)
    {
        structure.BeginElement(PdfInlineLevelElementTag.Span);
        structure.CurrentStructureElement.Elements["/ActualText"] = new PdfString(actualText, PdfStringEncoding.Unicode);
        replacement = actualText;
    }

    public void EndReplacement()
    {
        // PDFsharp wrote "/Span<</MCID n>>BDC" when the span's text was drawn; add the ActualText to that dictionary.
        var content = Gfx.Internals?.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp gave no content stream to write to");
        var text = content.ToString();
        var at = text.LastIndexOf(SpanOpen, StringComparison.Ordinal);
        var close = at < 0 ? -1 : text.IndexOf(">>BDC", at, StringComparison.Ordinal);
        if (close < 0 || replacement is null)
        {
            throw new InvalidOperationException("no marked content was opened for the replacement text; draw text between BeginReplacement and EndReplacement");
        }

        content.Insert(close, " /ActualText <FEFF" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(replacement)) + ">");
        replacement = null;
        structure.End();
    }

    private const string SpanOpen = "/Span<</MCID ";
    private string? replacement;

    /// <summary>
    /// PDFsharp writes every artifact as <c>/Artifact BMC</c>, with no property list. A watermark needs one
    /// (<c>/Artifact &lt;&lt;/Type /Pagination /Subtype /Watermark&gt;&gt; BDC</c>, ISO 32000-1 14.8.2.2), so readers such as
    /// the page check can tell it from the page's own furniture: the operator PDFsharp has just written is rewritten
    /// in place (the matching EMC is unchanged), so PDFsharp's marked-content and text-mode bookkeeping stays true.
    /// </summary>
    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture)
    {
        Enter(text: false); // an artifact's BMC outside any text object (ISO 32000-1 14.6; see Enter)
        structure.BeginArtifact();
        if (kind != ArtifactKind.Watermark)
        {
            return;
        }

        var content = Gfx.Internals?.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp gave no content stream to write to");
        if (content.Length < ArtifactOpen.Length || content.ToString(content.Length - ArtifactOpen.Length, ArtifactOpen.Length) != ArtifactOpen)
        {
            throw new InvalidOperationException("PDFsharp did not open the artifact with '/Artifact BMC'; the watermark's properties cannot be written");
        }

        content.Remove(content.Length - ArtifactOpen.Length, ArtifactOpen.Length).Append(WatermarkOpen);
    }

    private const string ArtifactOpen = "/Artifact BMC\n";
    private const string WatermarkOpen = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\n";

    public void EndArtifact()
    {
        Enter(text: false); // its EMC after the ET of the text it drew
        structure.End();
    }

    public void BeginLink(Rect rect, string url, string altText)
    {
        var link = PdfLinkAnnotation.CreateWebLink(Box(rect), url);
        // PDFsharp stamps links with the clock and a random name; fix both so builds repeat.
        link.Elements.SetString("/M", linkDate);
        link.Elements.SetString("/NM", "link-" + (++links).ToString(CultureInfo.InvariantCulture));
        link.Elements.SetName("/H", "/N");
        link.Elements["/Border"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0));
        structure.BeginElement(link, altText);
    }

    public void EndLink() => structure.End();

    public void AddBookmark(int level, string title, double y)
    {
        level = Math.Max(1, level);
        while (outlineLevels.Count < level)
        {
            outlineLevels.Add(null);
        }

        var parent = level > 1 ? outlineLevels[level - 2] : null;
        var collection = parent?.Outlines ?? document.Outlines;
        var outline = collection.Add(title, page!, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = y;
        outlineLevels[level - 1] = outline;
        outlineLevels.RemoveRange(level, outlineLevels.Count - level);
    }

    /// <summary>Closes every element still open (at the end of the document).</summary>
    public void Finish()
    {
        CloseFrom(0);
        ClosePage();
        parentTree.PutBack();
    }

    /// <summary>
    /// Ends drawing on the current page and compresses its content stream now, exactly as the finisher would (it
    /// leaves streams that have a filter alone, so the file is the same byte for byte): a long document then holds
    /// each drawn page's operators at about a quarter of their size until it is saved, and the save buffer shrinks
    /// by as much.
    /// </summary>
    private void ClosePage()
    {
        gfx?.Dispose();
        gfx = null;
        if (page is null)
        {
            return;
        }

        foreach (var content in page.Contents)
        {
            if (content.Stream is { } stream && content.Elements["/Filter"] is null)
            {
                stream.Value = Flate.Encode(MarkedContentNesting.Repair(stream.Value));
                content.Elements.SetName("/Filter", "/FlateDecode");
            }
        }

        parentTree.SetAside();
    }

    public void Dispose() => gfx?.Dispose();

    private XGraphics Gfx => gfx ?? throw new InvalidOperationException("BeginPage first");

    private void CloseFrom(int index)
    {
        for (var i = open.Count - 1; i >= index; i--)
        {
            structure.End();
            open.RemoveAt(i);
        }
    }

    /// <summary>A layout rectangle (top-left origin) as a PDF rectangle (bottom-left origin).</summary>
    private PdfRectangle Box(Rect r)
    {
        var h = geometry!.Media.Height;
        return new PdfRectangle(new XPoint(r.X, h - r.Bottom), new XPoint(r.Right, h - r.Y));
    }

    private XColor Colour(Rgb c, bool text = false)
    {
        if (print is null)
        {
            return XColor.FromArgb(c.R, c.G, c.B);
        }

        var ink = print.Ink(c, text);
        return XColor.FromCmyk(ink.C / 100.0, ink.M / 100.0, ink.Y / 100.0, ink.K / 100.0);
    }

    /// <summary>A line in registration colour (the <c>/All</c> separation: every plate, for trimming and folding).
    /// PDFsharp has no separation colours, so this writes the operators itself, inside q/Q so PDFsharp's idea of the
    /// current colour and line style stays true.</summary>
    public void StrokeRegistration(double x1, double y1, double x2, double y2, double width)
    {
        if (print is null)
        {
            StrokeLine(x1, y1, x2, y2, Rgb.Black, width);
            return;
        }

        registration ??= RegistrationColourSpace.Create(document);
        var resources = page!.Resources.Elements;
        if (resources.GetDictionary("/ColorSpace") is not { } spaces)
        {
            spaces = new PdfDictionary(document);
            resources["/ColorSpace"] = spaces;
        }

        spaces.Elements[RegistrationColourSpace.Name] = registration;
        var h = geometry!.Media.Height;
        Enter(text: false);
        Gfx.Save();
        var content = Gfx.Internals?.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp gave no content stream to write to");
        content.Append(string.Create(CultureInfo.InvariantCulture,
            $"{RegistrationColourSpace.Name} CS 1 SCN {width:0.###} w 0 J [] 0 d {x1:0.####} {h - y1:0.####} m {x2:0.####} {h - y2:0.####} l S\n"));
        Gfx.Restore();
    }
}
