using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

public sealed class FontAndVectorTests
{
    [Fact]
    public void TrueType_reader_gets_metrics_names_and_coverage()
    {
        var face = TestFonts.DejaVu.Face(FontStyle.Regular);
        Assert.Equal("DejaVu Sans", face.FamilyName);
        Assert.Equal(2048, face.UnitsPerEm);
        Assert.True(face.Ascent is > 0.8 and < 1.0);
        Assert.True(face.HasGlyph('γ') && face.HasGlyph('→') && face.HasGlyph('•'));
        Assert.False(face.HasGlyph(0x1F9EC));
        Assert.Equal(face.Advance('i') * 2, face.Advance('i') + face.Advance('i'));
        Assert.True(face.Advance('W') > face.Advance('i'));
        Assert.Equal(FontStyle.Bold, TestFonts.DejaVu.Face(FontStyle.Bold).Style);
    }

    [Fact]
    public void System_font_folders_are_searched_and_prefer_the_regular_weight()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/usr/share/fonts/truetype/dejavu"))
        {
            Assert.Skip("needs DejaVu installed in /usr/share/fonts (fonts-dejavu-core)");
        }

        var family = new FontLocator([]).Family("DejaVu Sans");
        Assert.EndsWith("DejaVuSans.ttf", family.Face(FontStyle.Regular).FilePath);
        Assert.EndsWith("DejaVuSans-Bold.ttf", family.Face(FontStyle.Bold).FilePath);
    }

    [Fact]
    public void Missing_font_names_the_family_and_every_folder()
    {
        var e = Assert.Throws<FontNotFoundException>(() => new FontLocator([], ["/nowhere/fonts", "/also/nowhere"]).Family("No Such Sans"));
        Assert.Contains("'No Such Sans'", e.Message);
        Assert.Contains("/nowhere/fonts", e.Message);
        Assert.Contains("/also/nowhere", e.Message);
    }

    [Fact]
    public void Svg_reader_turns_the_logo_into_paths()
    {
        var svg = File.ReadAllText(Repo.Path_("templates", "patient-leaflet", "logo.svg"));
        var image = SvgReader.Read(svg, out var unsupported);
        Assert.Empty(unsupported);
        Assert.Equal(64, image.Width);
        Assert.Equal(3, image.Shapes.Count);
        Assert.Equal(new Rgb(0x00, 0x5E, 0xA5), image.Shapes[1].Paint.Stroke);
        Assert.Null(image.Shapes[1].Paint.Fill);
        Assert.Equal(LineCap.Round, image.Shapes[1].Paint.Cap);
    }

    [Fact]
    public void Svg_path_data_handles_relative_and_smooth_curves()
    {
        var p = SvgReader.PathData("M14 40 C22 30, 30 46, 38 36 S50 26, 52 30 M32 12 v14 h-7 z");
        var c = p.Commands;
        Assert.Equal(PathVerb.Cubic, c[2].Verb);
        Assert.Equal((46, 26), (c[2].X1, c[2].Y1)); // reflection of (30,46) about (38,36)
        Assert.Equal((32, 26), (c[4].X, c[4].Y));
        Assert.Equal((25, 26), (c[5].X, c[5].Y));
        Assert.Equal(PathVerb.Close, c[6].Verb);
    }

    [Fact]
    public void Svg_features_outside_the_subset_are_reported()
    {
        SvgReader.Read("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><text>Hi</text><rect width='2' height='2' transform='rotate(4)'/></svg>", out var unsupported);
        Assert.Contains("text", unsupported);
        Assert.Contains("rect transform", unsupported);
    }

    [Fact]
    public void Image_headers_give_pixel_sizes()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 2, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0];
        var data = ImageData.TryRead(png);
        Assert.Equal((512, 256), (data!.PixelWidth, data.PixelHeight));
        Assert.Null(ImageData.TryRead([1, 2, 3]));
    }

    [Fact]
    public void Low_resolution_images_are_reported()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 100, 0, 0, 0, 100, 8, 2, 0, 0, 0];
        var surface = new RecordingSurface();
        var report = new DocumentLayout(new PageGeometry(300, 300, 10, 10, 10, 10), Compose.Image(ImageData.TryRead(png)!, "tiny.png", 72)).Render(surface);
        Assert.Equal([("tiny.png", 100.0)], report.LowResolutionImages);
        Assert.Contains("image 72x72", surface.Log);
    }
}
