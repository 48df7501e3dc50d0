using NkHandouts.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// Places the reading pages of an A5 booklet two-up on A4 landscape sheets in saddle-stitch order (see
/// <see cref="SaddleStitch"/>), each page imported whole as a form. The result is a print artifact for duplex
/// printing (flip on the short edge), fold and staple: it carries no structure tags and no links (imported pages
/// lose their annotations); the reading file is the accessible one. With an output condition (always, from the
/// leaflet renderer) the reading pages are already CMYK and the sheets are made PDF/X-4, trim and bleed box being
/// the whole sheet (the booklet's pages meet at the spine and its outer margins are trimmed by the folder, not cut
/// to a bleed).
/// </summary>
internal static class BookletImposer
{
    public static int Impose(byte[] readingPdf, PdfMetadata metadata, double sheetWidth, double sheetHeight, Stream destination, OutputCondition? print = null)
    {
        var title = metadata with { Title = metadata.Title + " (booklet imposition)" }; // the page check knows an imposed file by this (Readiness ImposedBooklet.TitleSuffix)
        using var document = NewPdfDocument.Create(title, print is not null); // the imported pages carry CMYK already

        using var form = XPdfForm.FromStream(new MemoryStream(readingPdf, writable: false));
        var pageW = form.PointWidth;
        var pageH = form.PointHeight;
        // Pages meet at the spine in the middle of the sheet; what is left of the sheet goes to the outer edges.
        var left = sheetWidth / 2 - pageW;
        var top = (sheetHeight - pageH) / 2;
        foreach (var side in SaddleStitch.Order(form.PageCount))
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(sheetWidth);
            page.Height = XUnit.FromPoint(sheetHeight);
            var sheet = new PdfRectangle(new XPoint(0, 0), new XPoint(sheetWidth, sheetHeight));
            page.TrimBox = sheet;
            page.BleedBox = sheet;
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var (number, x) in new[] { (side.Left, left), (side.Right, sheetWidth / 2) })
            {
                if (number is { } n)
                {
                    form.PageNumber = n;
                    gfx.DrawImage(form, x, top, pageW, pageH);
                }
            }

            if (print is not null)
            {
                // PDFsharp resets the colour to DeviceGray black ("0 g 0 G") before each form; in a CMYK print file
                // the same reset is CMYK black, so no device gray is left in the file.
                gfx.Internals?.ContentStringBuilder?.Replace("0 g\n0 G\n", "0 0 0 1 k\n0 0 0 1 K\n");
            }
        }

        XmpPacket? xmp = null;
        if (print is not null)
        {
            PdfX4.Prepare(document, print);
            xmp = new XmpPacket(title) { PdfXVersion = PdfX4.Version, Trapped = PdfX4.Trapped };
        }

        var buffer = new MemoryStream();
        var sheets = document.PageCount;
        document.Save(buffer, closeStream: false);
        PdfFinisher.Finish(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), destination, xmp);
        return sheets;
    }
}
