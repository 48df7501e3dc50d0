using NkHandouts.ColourManagement;
using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// A printing condition's CMYK profile as the print writer uses it: sRGB colours in, whole-percent inks out, and how
/// light an ink mix prints (tests check <see cref="OutputCondition.BlackLightness"/> with it). Opened only when a
/// colour needs converting; the conversion itself is <see cref="CmykProfile"/> (shared with the page check).
/// </summary>
internal sealed class OutputProfile(byte[] icc) : IDisposable
{
    private readonly CmykProfile profile = CmykProfile.Open(icc);

    /// <summary>The ink mix that prints <paramref name="c"/>, in whole percent.</summary>
    public Cmyk FromSrgb(Rgb c)
    {
        var (cy, m, y, k) = profile.FromSrgb(c.R / 255.0, c.G / 255.0, c.B / 255.0);
        return new Cmyk(Percent(cy), Percent(m), Percent(y), Percent(k));
    }

    /// <summary>CIE L* (D50) of an ink mix given in percent, 0 (black) to about 95–100 (paper white).</summary>
    public double Lightness(double c, double m, double y, double k) => profile.Lightness(c / 100, m / 100, y / 100, k / 100);

    private static byte Percent(double v) => (byte)Math.Clamp(Math.Round(v * 100, MidpointRounding.AwayFromZero), 0, 100);

    public void Dispose() => profile.Dispose();
}
