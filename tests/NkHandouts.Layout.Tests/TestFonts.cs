using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

/// <summary>DejaVu Sans from the template folder (shipped with the repository, so tests do not depend on the machine).</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontFamily> Family = new(() =>
    {
        var dir = Repo.Path_("templates", "patient-leaflet", "fonts");
        return new FontLocator(
        [
            ("DejaVu Sans", FontStyle.Regular, Path.Combine(dir, "DejaVuSans.ttf")),
            ("DejaVu Sans", FontStyle.Bold, Path.Combine(dir, "DejaVuSans-Bold.ttf")),
        ], folders: []).Family("DejaVu Sans");
    });

    public static FontFamily DejaVu => Family.Value;

    public static TextStyle Style(double size = 10) => new(DejaVu, size, Rgb.Black);

    /// <summary>Width of a string in the test style, for exact expectations.</summary>
    public static double Width(string s, double size = 10) => s.Sum(c => DejaVu.Face(FontStyle.Regular).Advance(c)) * size;
}
