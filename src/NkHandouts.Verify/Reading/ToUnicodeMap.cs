using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NkHandouts.Verify.Reading;

/// <summary>The code → Unicode pairs of a ToUnicode CMap (bfchar and both forms of bfrange) and its code length.</summary>
public sealed partial class ToUnicodeMap
{
    public Dictionary<uint, string> Map { get; } = [];

    /// <summary>Bytes per code, from the first codespace range (1 when none is given).</summary>
    public int CodeLength { get; private set; } = 1;

    public static ToUnicodeMap Parse(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var map = new ToUnicodeMap();
        var space = CodeSpace().Match(text);
        if (space.Success)
        {
            map.CodeLength = Math.Max(1, space.Groups[1].Value.Length / 2);
        }

        foreach (Match block in BfChar().Matches(text))
        {
            var hex = Hex().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i + 1 < hex.Count; i += 2)
            {
                map.Map[Code(hex[i])] = Utf16(hex[i + 1]);
            }
        }

        foreach (Match block in BfRange().Matches(text))
        {
            foreach (Match line in RangeLine().Matches(block.Groups[1].Value))
            {
                var lo = Code(line.Groups[1].Value);
                var hi = Code(line.Groups[2].Value);
                if (hi < lo || hi - lo > 65535)
                {
                    continue;
                }

                if (line.Groups[3].Success)
                {
                    var start = line.Groups[3].Value;
                    for (var c = lo; c <= hi; c++)
                    {
                        map.Map[c] = Offset(start, (int)(c - lo));
                    }
                }
                else
                {
                    var items = Hex().Matches(line.Groups[4].Value).Select(m => m.Groups[1].Value).ToList();
                    for (var c = lo; c <= hi && (int)(c - lo) < items.Count; c++)
                    {
                        map.Map[c] = Utf16(items[(int)(c - lo)]);
                    }
                }
            }
        }

        return map;
    }

    private static uint Code(string hex) => uint.Parse(hex.Length > 8 ? hex[^8..] : hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : "0" + hex);
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    private static string Offset(string hex, int by)
    {
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : "0" + hex);
        var carry = by;
        for (var i = bytes.Length - 1; i >= 0 && carry > 0; i--)
        {
            var v = bytes[i] + carry;
            bytes[i] = (byte)(v & 0xFF);
            carry = v >> 8;
        }

        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    [GeneratedRegex(@"begincodespacerange\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex CodeSpace();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex Hex();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])")]
    private static partial Regex RangeLine();
}
