using NkHandouts.Layout;

namespace NkHandouts.Pdf.Print;

/// <summary>CIE lightness and chroma of an sRGB colour (D65 white adapted to D50 with Bradford, as ICC does).</summary>
internal static class Srgb
{
    public static (double Lightness, double Chroma) Lch(Rgb c)
    {
        var (r, g, b) = (Linear(c.R), Linear(c.G), Linear(c.B));

        // sRGB → XYZ (D50), the matrix in the ICC sRGB profile.
        var x = 0.4360747 * r + 0.3850649 * g + 0.1430804 * b;
        var y = 0.2225045 * r + 0.7168786 * g + 0.0606169 * b;
        var z = 0.0139322 * r + 0.0971045 * g + 0.7141733 * b;
        var (fx, fy, fz) = (F(x / 0.9642), F(y), F(z / 0.8249));
        var l = 116 * fy - 16;
        var a = 500 * (fx - fy);
        var bb = 200 * (fy - fz);
        return (l, Math.Sqrt(a * a + bb * bb));
    }

    private static double Linear(byte v)
    {
        var s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
