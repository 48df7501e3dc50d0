using System.Globalization;
using System.Xml.Linq;

namespace NkHandouts.Layout;

/// <summary>
/// A deliberately small SVG reader for logos: rect, circle, ellipse, line, polyline, polygon and path (M L H V C S Q
/// T Z, absolute and relative) with fill, stroke, stroke-width and stroke-linecap, in a viewBox; no transforms,
/// gradients, text or CSS. Anything it does not know is reported, so a logo never silently loses parts.
/// </summary>
public static class SvgReader
{
    public static VectorImage Read(string svgText, out IReadOnlyList<string> unsupported)
    {
        var doc = SvgSafety.Load(svgText);
        var root = doc.Root ?? throw new FormatException("empty SVG");
        var skipped = new List<string>();
        double w = Num(root.Attribute("width")?.Value, 0), h = Num(root.Attribute("height")?.Value, 0);
        if (root.Attribute("viewBox")?.Value is { } vb)
        {
            var parts = Numbers(vb);
            if (parts.Count == 4)
            {
                (w, h) = (parts[2], parts[3]);
            }
        }

        var shapes = new List<(PathGeometry, PathPaint)>();
        Walk(root, Inherited.Default, shapes, skipped);
        unsupported = skipped;
        return new VectorImage(w > 0 ? w : 100, h > 0 ? h : 100, shapes);
    }

    private sealed record Inherited(string Fill, string Stroke, double StrokeWidth, string Cap)
    {
        public static readonly Inherited Default = new("#000000", "none", 1, "butt");
    }

    private static void Walk(XElement e, Inherited parent, List<(PathGeometry, PathPaint)> shapes, List<string> skipped)
    {
        foreach (var child in e.Elements())
        {
            var style = new Inherited(
                child.Attribute("fill")?.Value ?? parent.Fill,
                child.Attribute("stroke")?.Value ?? parent.Stroke,
                Num(child.Attribute("stroke-width")?.Value, parent.StrokeWidth),
                child.Attribute("stroke-linecap")?.Value ?? parent.Cap);
            if (child.Attribute("transform") is not null)
            {
                skipped.Add(child.Name.LocalName + " transform");
            }

            var path = child.Name.LocalName switch
            {
                "path" => PathData(child.Attribute("d")?.Value ?? ""),
                "rect" => new PathGeometry().Rectangle(A(child, "x"), A(child, "y"), A(child, "width"), A(child, "height")),
                "circle" => Ellipse(A(child, "cx"), A(child, "cy"), A(child, "r"), A(child, "r")),
                "ellipse" => Ellipse(A(child, "cx"), A(child, "cy"), A(child, "rx"), A(child, "ry")),
                "line" => new PathGeometry().MoveTo(A(child, "x1"), A(child, "y1")).LineTo(A(child, "x2"), A(child, "y2")),
                "polyline" or "polygon" => Poly(child.Attribute("points")?.Value ?? "", child.Name.LocalName == "polygon"),
                _ => null,
            };
            if (path is null)
            {
                if (child.Name.LocalName is "g")
                {
                    Walk(child, style, shapes, skipped);
                }
                else if (child.Name.LocalName is not ("title" or "desc" or "metadata" or "defs"))
                {
                    skipped.Add(child.Name.LocalName);
                }

                continue;
            }

            var fill = child.Name.LocalName is "line" or "polyline" && child.Attribute("fill") is null ? null : Paint(style.Fill);
            var stroke = Paint(style.Stroke);
            if (fill is not null || stroke is not null)
            {
                var cap = style.Cap switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt };
                shapes.Add((path, new PathPaint(fill, stroke, style.StrokeWidth, cap)));
            }
        }
    }

    private static Rgb? Paint(string value)
    {
        var v = value.Trim();
        if (v is "none" or "transparent" or "")
        {
            return null;
        }

        if (v.StartsWith('#'))
        {
            var hex = v[1..];
            if (hex.Length == 3)
            {
                hex = string.Concat(hex.Select(c => new string(c, 2)));
            }

            if (hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            {
                return new Rgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
            }
        }

        return v switch { "white" => Rgb.White, _ => Rgb.Black };
    }

    private static double A(XElement e, string name) => Num(e.Attribute(name)?.Value, 0);

    private static double Num(string? s, double fallback) =>
        s is not null && double.TryParse(s.Trim().TrimEnd('p', 'x', 't'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static PathGeometry Ellipse(double cx, double cy, double rx, double ry)
    {
        const double k = 0.5522847498;
        return new PathGeometry()
            .MoveTo(cx + rx, cy)
            .CubicTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry)
            .CubicTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy)
            .CubicTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry)
            .CubicTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy)
            .Close();
    }

    private static PathGeometry Poly(string points, bool close)
    {
        var n = Numbers(points);
        var p = new PathGeometry();
        for (var i = 0; i + 1 < n.Count; i += 2)
        {
            if (i == 0)
            {
                p.MoveTo(n[i], n[i + 1]);
            }
            else
            {
                p.LineTo(n[i], n[i + 1]);
            }
        }

        return close ? p.Close() : p;
    }

    internal static List<double> Numbers(string s)
    {
        var list = new List<double>();
        var i = 0;
        while (i < s.Length)
        {
            if (!(char.IsDigit(s[i]) || s[i] is '-' or '+' or '.'))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            var dot = s[start] == '.';
            while (i < s.Length && (char.IsDigit(s[i]) || (s[i] == '.' && !dot) || s[i] is 'e' or 'E' || (s[i] is '-' or '+' && s[i - 1] is 'e' or 'E')))
            {
                dot |= s[i] == '.';
                i++;
            }

            list.Add(double.Parse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return list;
    }

    /// <summary>SVG path data to absolute lines and cubics (quadratics raised to cubics).</summary>
    internal static PathGeometry PathData(string d)
    {
        var p = new PathGeometry();
        double x = 0, y = 0, sx = 0, sy = 0, cx = 0, cy = 0;
        var prev = ' ';
        var i = 0;
        while (i < d.Length)
        {
            var cmd = d[i];
            if (!char.IsLetter(cmd))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < d.Length && !char.IsLetter(d[j]) || j < d.Length && d[j] is 'e' or 'E')
            {
                j++;
            }

            var a = Numbers(d[(i + 1)..j]);
            i = j;
            var rel = char.IsLower(cmd);
            var k = 0;
            do
            {
                double ox = rel ? x : 0, oy = rel ? y : 0;
                switch (char.ToUpperInvariant(cmd))
                {
                    case 'M' when k + 1 < a.Count:
                        (x, y) = (ox + a[k], oy + a[k + 1]);
                        if (k == 0)
                        {
                            p.MoveTo(x, y);
                            (sx, sy) = (x, y);
                        }
                        else
                        {
                            p.LineTo(x, y);
                        }

                        k += 2;
                        break;
                    case 'L' when k + 1 < a.Count:
                        (x, y) = (ox + a[k], oy + a[k + 1]);
                        p.LineTo(x, y);
                        k += 2;
                        break;
                    case 'H' when k < a.Count:
                        x = ox + a[k++];
                        p.LineTo(x, y);
                        break;
                    case 'V' when k < a.Count:
                        y = oy + a[k++];
                        p.LineTo(x, y);
                        break;
                    case 'C' when k + 5 < a.Count:
                        p.CubicTo(ox + a[k], oy + a[k + 1], cx = ox + a[k + 2], cy = oy + a[k + 3], x = ox + a[k + 4], y = oy + a[k + 5]);
                        k += 6;
                        break;
                    case 'S' when k + 3 < a.Count:
                        {
                            var (x1, y1) = prev is 'C' or 'S' ? (2 * x - cx, 2 * y - cy) : (x, y);
                            p.CubicTo(x1, y1, cx = ox + a[k], cy = oy + a[k + 1], x = ox + a[k + 2], y = oy + a[k + 3]);
                            k += 4;
                            break;
                        }

                    case 'Q' when k + 3 < a.Count:
                        {
                            double qx = ox + a[k], qy = oy + a[k + 1], ex = ox + a[k + 2], ey = oy + a[k + 3];
                            p.CubicTo(x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), ex + 2.0 / 3 * (qx - ex), ey + 2.0 / 3 * (qy - ey), ex, ey);
                            (cx, cy, x, y) = (qx, qy, ex, ey);
                            k += 4;
                            break;
                        }

                    case 'Z':
                        p.Close();
                        (x, y) = (sx, sy);
                        k = a.Count;
                        break;
                    default:
                        k = a.Count;
                        break;
                }

                prev = char.ToUpperInvariant(cmd);
            }
            while (k < a.Count);
        }

        return p;
    }
}
