using NkHandouts.Layout;
using QRCoder;

namespace NkHandouts.Leaflet.Parts;

/// <summary>QR codes as vector artwork (QRCoder computes the modules; we draw them as filled squares).</summary>
internal static class QrCodes
{
    public static VectorImage For(string url, Rgb colour)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var modules = new bool[rows.Count, rows.Count];
        for (var y = 0; y < rows.Count; y++)
        {
            for (var x = 0; x < rows.Count; x++)
            {
                modules[y, x] = rows[y][x];
            }
        }

        return VectorImage.FromModules(modules, colour);
    }
}
