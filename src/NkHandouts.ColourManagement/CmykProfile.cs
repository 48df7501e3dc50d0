namespace NkHandouts.ColourManagement;

/// <summary>
/// A CMYK output profile (a printing condition) opened in LittleCMS, with the three conversions the project needs.
/// Ink values are fractions 0–1, sRGB channels 0–1; transforms are built on first use. Not thread-safe: one per user.
/// </summary>
public sealed class CmykProfile : IDisposable
{
    private readonly IntPtr cmyk;
    private IntPtr srgb;
    private IntPtr lab;
    private IntPtr fromSrgb;
    private IntPtr toSrgb;
    private IntPtr toLab;

    private CmykProfile(IntPtr cmyk) => this.cmyk = cmyk;

    /// <summary>Opens an ICC profile's bytes. Throws <see cref="ColourEngineMissingException"/> without LittleCMS and
    /// <see cref="InvalidDataException"/> when the bytes are not a profile LittleCMS can read.</summary>
    public static CmykProfile Open(byte[] icc)
    {
        IntPtr handle;
        try
        {
            handle = LittleCms.OpenProfileFromMem(icc, (uint)icc.Length);
        }
        catch (DllNotFoundException e)
        {
            throw new ColourEngineMissingException("LittleCMS (liblcms2.so.2) is not installed, so colours cannot be converted through an ICC profile", e);
        }

        return handle == IntPtr.Zero ? throw new InvalidDataException("LittleCMS could not read the ICC profile") : new CmykProfile(handle);
    }

    /// <summary>The ink mix that prints an sRGB colour: relative colorimetric with black-point compensation, the usual
    /// choice for flat brand colours (sRGB black becomes the press's darkest black, white the paper).</summary>
    public (double C, double M, double Y, double K) FromSrgb(double r, double g, double b)
    {
        fromSrgb = Ensure(fromSrgb, () => LittleCms.CreateTransform(Srgb, LittleCms.TypeRgbDouble, cmyk, LittleCms.TypeCmykDouble,
            LittleCms.IntentRelativeColorimetric, LittleCms.FlagBlackPointCompensation | LittleCms.FlagNoCache));
        var o = new double[4];
        LittleCms.DoTransform(fromSrgb, [r, g, b], o, 1);
        return (o[0] / 100, o[1] / 100, o[2] / 100, o[3] / 100);
    }

    /// <summary>
    /// How an ink mix looks on this paper, as sRGB clamped to 0–1: relative colorimetric (the paper is white) and
    /// deliberately without black-point compensation, so solid black stays as light as ink really is on paper
    /// (L* about 17 on coated stock) instead of being stretched to screen black. Contrast measured on this colour
    /// is what a reader of the printed page gets, never flattered.
    /// </summary>
    public (double R, double G, double B) ToSrgb(double c, double m, double y, double k)
    {
        toSrgb = Ensure(toSrgb, () => LittleCms.CreateTransform(cmyk, LittleCms.TypeCmykDouble, Srgb, LittleCms.TypeRgbDouble,
            LittleCms.IntentRelativeColorimetric, LittleCms.FlagNoCache));
        var o = new double[3];
        LittleCms.DoTransform(toSrgb, [c * 100, m * 100, y * 100, k * 100], o, 1);
        return (Math.Clamp(o[0], 0, 1), Math.Clamp(o[1], 0, 1), Math.Clamp(o[2], 0, 1));
    }

    /// <summary>CIE L* (D50) of an ink mix on this paper, 0 (black) to about 95–100 (paper white).</summary>
    public double Lightness(double c, double m, double y, double k)
    {
        toLab = Ensure(toLab, () => LittleCms.CreateTransform(cmyk, LittleCms.TypeCmykDouble, Lab, LittleCms.TypeLabDouble,
            LittleCms.IntentRelativeColorimetric, LittleCms.FlagNoCache));
        var o = new double[3];
        LittleCms.DoTransform(toLab, [c * 100, m * 100, y * 100, k * 100], o, 1);
        return o[0];
    }

    private IntPtr Srgb => srgb = srgb != IntPtr.Zero ? srgb : LittleCms.CreateSrgbProfile();

    private IntPtr Lab => lab = lab != IntPtr.Zero ? lab : LittleCms.CreateLab4Profile(IntPtr.Zero);

    private static IntPtr Ensure(IntPtr transform, Func<IntPtr> create)
    {
        if (transform != IntPtr.Zero)
        {
            return transform;
        }

        var made = create();
        return made != IntPtr.Zero ? made : throw new InvalidDataException("LittleCMS could not build a transform for the ICC profile");
    }

    public void Dispose()
    {
        foreach (var t in new[] { fromSrgb, toSrgb, toLab })
        {
            if (t != IntPtr.Zero)
            {
                LittleCms.DeleteTransform(t);
            }
        }

        foreach (var p in new[] { cmyk, srgb, lab })
        {
            if (p != IntPtr.Zero)
            {
                LittleCms.CloseProfile(p);
            }
        }
    }
}
