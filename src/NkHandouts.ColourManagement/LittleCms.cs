using System.Runtime.InteropServices;

namespace NkHandouts.ColourManagement;

/// <summary>
/// The few LittleCMS 2 calls colour conversion needs (Debian package <c>liblcms2-2</c>). LittleCMS is the colour
/// engine of Ghostscript, poppler and most Linux printing, so a colour we convert matches what the RIP's proofs show.
/// </summary>
internal static partial class LittleCms
{
    private const string Library = "liblcms2.so.2";

    // Pixel formats: COLORSPACE_SH(pt) << 16 | CHANNELS_SH(n) << 3 | BYTES_SH(b), FLOAT_SH(1) << 22 for doubles.
    public const uint TypeRgbDouble = (1u << 22) | (4u << 16) | (3u << 3);
    public const uint TypeCmykDouble = (1u << 22) | (6u << 16) | (4u << 3);
    public const uint TypeLabDouble = (1u << 22) | (10u << 16) | (3u << 3);

    public const uint IntentRelativeColorimetric = 1;
    public const uint FlagBlackPointCompensation = 0x2000;
    public const uint FlagNoCache = 0x40;

    [LibraryImport(Library, EntryPoint = "cmsOpenProfileFromMem")]
    public static partial IntPtr OpenProfileFromMem(byte[] data, uint size);

    [LibraryImport(Library, EntryPoint = "cmsCreate_sRGBProfile")]
    public static partial IntPtr CreateSrgbProfile();

    [LibraryImport(Library, EntryPoint = "cmsCreateLab4Profile")]
    public static partial IntPtr CreateLab4Profile(IntPtr whitePoint);

    [LibraryImport(Library, EntryPoint = "cmsCreateTransform")]
    public static partial IntPtr CreateTransform(IntPtr input, uint inputFormat, IntPtr output, uint outputFormat, uint intent, uint flags);

    [LibraryImport(Library, EntryPoint = "cmsDoTransform")]
    public static partial void DoTransform(IntPtr transform, double[] input, [Out] double[] output, uint size);

    [LibraryImport(Library, EntryPoint = "cmsDeleteTransform")]
    public static partial void DeleteTransform(IntPtr transform);

    [LibraryImport(Library, EntryPoint = "cmsCloseProfile")]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial int CloseProfile(IntPtr profile);
}
