using System.Text;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Tests;

/// <summary>A binary PPM (P6, 8 bits), the simplest image Ghostscript writes: enough to sample a pixel.</summary>
internal sealed class Ppm(int width, int height, byte[] pixels, int offset)
{
    public static Ppm Read(byte[] data)
    {
        // Header: "P6", width, height, maxval, separated by whitespace, with "#" comments to the end of a line
        // (Ghostscript writes one), then one whitespace byte.
        var fields = new List<int>();
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)data[at]) || data[at] == '#')
            {
                if (data[at] == '#')
                {
                    while (data[at] != '\n')
                    {
                        at++;
                    }
                }

                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            fields.Add(int.Parse(Encoding.ASCII.GetString(data, start, at - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal("P6", Encoding.ASCII.GetString(data, 0, 2));
        Assert.Equal(255, fields[2]);
        return new Ppm(fields[0], fields[1], data, at + 1);
    }

    /// <summary>The pixel at (x, y) in pixels from the top left.</summary>
    public Colour At(double x, double y)
    {
        var (px, py) = (Math.Clamp((int)x, 0, width - 1), Math.Clamp((int)y, 0, height - 1));
        var i = offset + 3 * (py * width + px);
        return new Colour(pixels[i], pixels[i + 1], pixels[i + 2]);
    }
}
