using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// A CMYK output profile opened in LittleCMS: converts sRGB colours into the printing condition's inks (relative
/// colorimetric with black-point compensation, the usual choice for flat brand colours) and reads back how light
/// an ink mix prints (tests check <see cref="OutputCondition.BlackLightness"/> with it). Opened only when a colour needs converting.
/// </summary>
internal sealed class OutputProfile : IDisposable
{
    private readonly IntPtr srgb;
    private readonly IntPtr lab;
    private readonly IntPtr cmyk;
    private readonly IntPtr toCmyk;
    private readonly IntPtr toLab;

    public OutputProfile(byte[] icc)
    {
        try
        {
            srgb = LittleCms.CreateSrgbProfile();
        }
        catch (DllNotFoundException e)
        {
            throw new ColourEngineMissingException("LittleCMS (liblcms2.so.2) is not installed, so RGB colours cannot be converted for print", e);
        }

        lab = LittleCms.CreateLab4Profile(IntPtr.Zero);
        cmyk = LittleCms.OpenProfileFromMem(icc, (uint)icc.Length);
        if (cmyk == IntPtr.Zero)
        {
            throw new InvalidDataException("LittleCMS could not read the output profile");
        }

        const uint flags = LittleCms.FlagBlackPointCompensation | LittleCms.FlagNoCache;
        toCmyk = LittleCms.CreateTransform(srgb, LittleCms.TypeRgbDouble, cmyk, LittleCms.TypeCmykDouble, LittleCms.IntentRelativeColorimetric, flags);
        toLab = LittleCms.CreateTransform(cmyk, LittleCms.TypeCmykDouble, lab, LittleCms.TypeLabDouble, LittleCms.IntentRelativeColorimetric, LittleCms.FlagNoCache);
        if (toCmyk == IntPtr.Zero || toLab == IntPtr.Zero)
        {
            throw new InvalidDataException("LittleCMS could not build a transform for the output profile");
        }
    }

    /// <summary>The ink mix that prints <paramref name="c"/>, in whole percent.</summary>
    public Cmyk FromSrgb(Rgb c)
    {
        var output = new double[4];
        LittleCms.DoTransform(toCmyk, [c.R / 255.0, c.G / 255.0, c.B / 255.0], output, 1);
        return new Cmyk(Percent(output[0]), Percent(output[1]), Percent(output[2]), Percent(output[3]));
    }

    /// <summary>CIE L* (D50) of an ink mix on this paper, 0 (black) to about 95–100 (paper white).</summary>
    public double Lightness(double c, double m, double y, double k)
    {
        var output = new double[3];
        LittleCms.DoTransform(toLab, [c, m, y, k], output, 1);
        return output[0];
    }

    private static byte Percent(double v) => (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 100);

    public void Dispose()
    {
        LittleCms.DeleteTransform(toCmyk);
        LittleCms.DeleteTransform(toLab);
        LittleCms.CloseProfile(cmyk);
        LittleCms.CloseProfile(lab);
        LittleCms.CloseProfile(srgb);
    }
}
