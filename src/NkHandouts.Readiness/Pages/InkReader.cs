using NkHandouts.ColourManagement;
using NkHandouts.Templates;
using UglyToad.PdfPig.Graphics.Colors;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// Turns the colours a PDF paints with into the sRGB a reader sees, for contrast. DeviceCMYK goes through the
/// file's output-intent profile (LittleCMS, relative colorimetric, no black-point compensation: ink as it sits on
/// that paper). Without a profile in the file, or without LittleCMS, CMYK falls back to PdfPig's device formula
/// R = (1−C)(1−K): an estimate that can be far off (FOGRA39 green cmyk(80,0,71,46) reads #1C8A28 instead of about
/// #1B734F), so the reading says which way it was made. RGB and grey are taken as they are.
/// </summary>
internal sealed class InkReader : IDisposable
{
    private readonly CmykProfile? profile;
    private readonly Dictionary<(double, double, double, double), Colour> cache = [];

    private readonly string how;
    private readonly bool estimated;
    private bool sawCmyk;

    private InkReader(CmykProfile? profile, string how, bool estimated)
    {
        this.profile = profile;
        this.how = how;
        this.estimated = estimated;
    }

    /// <summary>How CMYK was read, for the report (once the pages are read: a file without CMYK says so).</summary>
    public string How => sawCmyk ? how : "no CMYK colours: RGB and grey are taken as written";

    /// <summary>True when the file paints in CMYK and names an output profile, but CMYK had to be estimated without it.</summary>
    public bool Estimated => sawCmyk && estimated;

    public static InkReader For((byte[] Icc, string Name)? intent)
    {
        if (intent is not { } found)
        {
            return new InkReader(null, "CMYK estimated as (1−C)(1−K): the file has no CMYK output intent", false);
        }

        try
        {
            return new InkReader(CmykProfile.Open(found.Icc), $"CMYK read through the output intent's profile ({found.Name}, LittleCMS, relative colorimetric)", false);
        }
        catch (ColourEngineMissingException)
        {
            return new InkReader(null, $"CMYK estimated as (1−C)(1−K), not through the output intent ({found.Name}): LittleCMS is not installed (apt-get install liblcms2-2)", true);
        }
        catch (InvalidDataException)
        {
            return new InkReader(null, $"CMYK estimated as (1−C)(1−K): LittleCMS cannot read the output intent's profile ({found.Name})", true);
        }
    }

    public Colour Read(IColor? colour)
    {
        if (colour is null)
        {
            return Colour.Black;
        }

        sawCmyk |= colour is CMYKColor;
        if (profile is not null && colour is CMYKColor { ColorSpace: ColorSpace.DeviceCMYK } ink)
        {
            var key = (ink.C, ink.M, ink.Y, ink.K);
            if (!cache.TryGetValue(key, out var seen))
            {
                var (r, g, b) = profile.ToSrgb(ink.C, ink.M, ink.Y, ink.K);
                seen = cache[key] = new Colour(ToByte(r), ToByte(g), ToByte(b));
            }

            return seen;
        }

        var (dr, dg, db) = colour.ToRGBValues();
        return new Colour(ToByte(dr), ToByte(dg), ToByte(db));
    }

    private static byte ToByte(double v) => (byte)Math.Clamp(Math.Round(v * 255), 0, 255);

    public void Dispose() => profile?.Dispose();
}
