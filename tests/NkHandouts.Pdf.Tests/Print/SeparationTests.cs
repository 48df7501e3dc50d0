using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Ghostscript separates the print file into ink plates (tiffsep); body type must be on the black plate only:
/// inside each body word the cyan, magenta and yellow plates carry no more ink than right around it (a tinted box
/// behind the word is fine, ink from the type itself is not). The screen file, separated the same way, puts its
/// near-black RGB type on all four plates — the failure this guards against. Plates are kept as PNGs in
/// /tmp/nkh-print/separations for a person to look at.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class SeparationTests(PrintFixture print)
{
    private const int Dpi = 72; // one pixel per point

    [Theory]
    [InlineData("patient-leaflet", "a4.print")]
    [InlineData("trifold-leaflet", "letter.print")]
    [InlineData("booklet-a5", "a5.print")]
    public void Body_type_is_on_the_black_plate_only(string template, string variant)
    {
        var o = print.Get(template, variant);
        var plates = Separate(o, pages: 2);
        var words = BodyWords(o, pages: 2);
        Assert.True(words.Count > 40, $"only {words.Count} body words found");
        foreach (var (page, word, box) in words)
        {
            var p = plates[page];
            Assert.True(p["Black"].MaxInk(box.X0, box.Y0, box.X1, box.Y1) > 200, $"page {page} '{word}' has no black ink");
            foreach (var plate in new[] { "Cyan", "Magenta", "Yellow" })
            {
                var inside = p[plate].MaxInk(box.X0, box.Y0, box.X1, box.Y1);
                var around = Ring(p[plate], box);
                Assert.True(inside <= around + 3, $"page {page} '{word}': {plate} ink {inside} inside the word, {around} around it");
            }
        }
    }

    /// <summary>Black type on a tinted box overprints: the tint's plates run on under the letters (no letter-shaped
    /// holes to show as white halos when the plates misregister). Without overprint nearly every letter pixel of
    /// such a word has no tint under it.</summary>
    [Fact]
    public void Black_type_overprints_the_tint_under_it()
    {
        var o = print.Get("patient-leaflet", "a4.print");
        var plates = Separate(o, pages: 2);
        var onTint = 0;
        foreach (var (page, word, box) in BodyWords(o, pages: 2))
        {
            foreach (var plate in new[] { "Cyan", "Magenta", "Yellow" })
            {
                var p = plates[page][plate];
                var tint = RingMin(p, box);
                if (tint < 10)
                {
                    continue; // not on a tint of this ink all round
                }

                onTint++;
                var under = p.MinInk(box.X0, box.Y0, box.X1, box.Y1);
                Assert.True(under >= tint - 3, $"page {page} '{word}': {plate} tint {tint} around the word, {under} under its letters (knocked out)");
            }
        }

        Assert.True(onTint > 20, $"only {onTint} word/plate pairs on a tint; the sample's key points and myth/fact boxes have more");
    }

    private static int RingMin(TiffPlate plate, PixelBox b) =>
        Math.Min(Math.Min(plate.MinInk(b.X0 - 3, b.Y0 - 3, b.X1 + 3, b.Y0 - 1), plate.MinInk(b.X0 - 3, b.Y1 + 1, b.X1 + 3, b.Y1 + 3)),
                 Math.Min(plate.MinInk(b.X0 - 3, b.Y0, b.X0 - 1, b.Y1), plate.MinInk(b.X1 + 1, b.Y0, b.X1 + 3, b.Y1)));

    [Fact]
    public void The_screen_file_separated_the_same_way_puts_type_on_every_plate()
    {
        var o = print.Get("patient-leaflet", "a4");
        var plates = Separate(o, pages: 1);
        var words = BodyWords(o, pages: 1);
        var cyanInType = words.Count(w => plates[w.Page]["Cyan"].MaxInk(w.Box.X0, w.Box.Y0, w.Box.X1, w.Box.Y1) > Ring(plates[w.Page]["Cyan"], w.Box) + 3);
        Assert.True(cyanInType > words.Count / 2, $"{cyanInType} of {words.Count} words have cyan ink");
    }

    private static int Ring(TiffPlate plate, PixelBox b) =>
        Math.Max(Math.Max(plate.MaxInk(b.X0 - 3, b.Y0 - 3, b.X1 + 3, b.Y0 - 1), plate.MaxInk(b.X0 - 3, b.Y1 + 1, b.X1 + 3, b.Y1 + 3)),
                 Math.Max(plate.MaxInk(b.X0 - 3, b.Y0, b.X0 - 1, b.Y1), plate.MaxInk(b.X1 + 1, b.Y0, b.X1 + 3, b.Y1)));

    public readonly record struct PixelBox(int X0, int Y0, int X1, int Y1);

    /// <summary>Words of body type (the body size, in the template's near-black text colour), as pixel boxes.</summary>
    private static List<(int Page, string Word, PixelBox Box)> BodyWords(PrintFixture.Output o, int pages)
    {
        using var pdf = PdfDocument.Open(o.Bytes);
        var words = new List<(int, string, PixelBox)>();
        foreach (var page in pdf.GetPages().Take(pages))
        {
            foreach (var word in page.GetWords())
            {
                var letters = word.Letters;
                if (letters.Count < 3 || !letters.All(l => IsBodyBlack(l)))
                {
                    continue;
                }

                var b = word.BoundingBox;
                var h = page.Height;
                words.Add((page.Number, word.Text, new PixelBox((int)Math.Floor(b.Left), (int)Math.Floor(h - b.Top), (int)Math.Ceiling(b.Right), (int)Math.Ceiling(h - b.Bottom))));
            }
        }

        return words;
    }

    private static bool IsBodyBlack(Letter l) => l.PointSize is > 8 and < 14 && l.Color?.ToRGBValues() is var (r, g, b) && r < 0.2 && g < 0.2 && b < 0.2;

    /// <summary>Runs tiffsep on the first pages; returns page → plate name → plate.</summary>
    private static Dictionary<int, Dictionary<string, TiffPlate>> Separate(PrintFixture.Output o, int pages)
    {
        var gs = ExternalTool.Require("gs", "ghostscript");
        var folder = Path.Combine(PrintFixture.OutputFolder, "separations", Path.GetFileNameWithoutExtension(o.Path));
        Directory.CreateDirectory(folder);
        var r = ExternalTool.Run(gs, "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=tiffsep", "-sCompression=none",
            "-r" + Dpi.ToString(CultureInfo.InvariantCulture), "-dFirstPage=1", "-dLastPage=" + pages.ToString(CultureInfo.InvariantCulture),
            "-sOutputFile=" + Path.Combine(folder, "p%d.tif"), o.Path);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var result = new Dictionary<int, Dictionary<string, TiffPlate>>();
        for (var page = 1; page <= pages; page++)
        {
            result[page] = [];
            foreach (var plate in new[] { "Cyan", "Magenta", "Yellow", "Black" })
            {
                var tif = Path.Combine(folder, $"p{page}({plate}).tif");
                var read = TiffPlate.Read(tif);
                read.SavePng(Path.ChangeExtension(tif, ".png"));
                result[page][plate] = read;
            }
        }

        return result;
    }
}
