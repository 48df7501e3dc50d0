using NkHandouts.Layout;
using NkHandouts.Pdf;

namespace NkHandouts.Benchmarks;

/// <summary>A long synthetic text document (about 470 words a page at 11 pt on A4), tagged, through the real
/// layout engine and PDF writer.</summary>
public static class LongDocument
{
    private static readonly string[] Words =
        "your care team will explain each step of the treatment natural killer cells are part of the immune system and help the body find cancer cells therapy results depend on the type and stage of cancer".Split(' ');

    private static readonly Lazy<FontFamily> Font = new(() =>
    {
        var dir = FindTemplateFonts();
        return new FontLocator([
            ("DejaVu Sans", FontStyle.Regular, Path.Combine(dir, "DejaVuSans.ttf")),
            ("DejaVu Sans", FontStyle.Bold, Path.Combine(dir, "DejaVuSans-Bold.ttf"))], []).Family("DejaVu Sans");
    });

    /// <summary>Content for about <paramref name="pages"/> A4 pages (a heading and 13 paragraphs of 36 words fill about a page).</summary>
    public static Element Content(int pages)
    {
        var body = new TextStyle(Font.Value, 11, Rgb.Black);
        var heading = body with { Size = 16, FontStyle = FontStyle.Bold };
        var children = new List<Element>();
        var rng = new Random(42);
        for (var p = 0; p < pages; p++)
        {
            children.Add(Compose.Text($"Section {p + 1}", heading).KeepTogether().Tag(StructureTag.H2).Bookmark(1, $"Section {p + 1}").WithKeepWithNext());
            for (var i = 0; i < 13; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 36).Select(_ => Words[rng.Next(Words.Length)]));
                children.Add(Compose.Text(text + ".", body).Tag(StructureTag.P));
            }
        }

        return Compose.Column(6, children).Tag(StructureTag.Sect);
    }

    /// <summary>The document as an A4 layout with a "Page n of t" footer, ready for any drawing surface.</summary>
    public static DocumentLayout Layout(int pages) =>
        new(new PageGeometry(595.28, 841.89, 50, 50, 50, 50), Content(pages))
        {
            Footer = Compose.PageText((n, t) => $"Page {n} of {t}", new TextStyle(Font.Value, 9, Rgb.Black)),
        };

    public static (int Pages, long Bytes) Render(int pages, Stream destination)
    {
        var layout = Layout(pages);
        var counting = new CountingStream(destination);
        var report = PdfDocumentWriter.Write(layout, new PdfMetadata("Benchmark", "en-GB", DateTimeOffset.UnixEpoch), counting);
        return (report.Pages, counting.Length);
    }

    private static string FindTemplateFonts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "patient-leaflet", "fonts");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("templates/patient-leaflet/fonts not found above " + AppContext.BaseDirectory);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            length += count;
        }
    }
}
