using NkHandouts.Hashing;

namespace NkHandouts.Word.Embedding;

/// <summary>
/// Word's embedded-font obfuscation (ECMA-376 Part 1, 17.8.1): the first 32 bytes of the font are XORed with the
/// 16 bytes of the font key GUID taken in reverse order of its hex digits. The same operation reverses it.
/// </summary>
internal static class FontObfuscation
{
    /// <summary>A GUID-shaped key derived from the font bytes, so the same font always gets the same key (no
    /// random GUID: the briefing must be byte-identical across runs).</summary>
    public static string KeyFor(byte[] font)
    {
        var hex = Convert.ToHexString(Sha256.HashData(font), 0, 16);
        return $"{{{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}}}";
    }

    public static byte[] Apply(byte[] font, string key)
    {
        var digits = key.Replace("{", "").Replace("}", "").Replace("-", "");
        if (digits.Length != 32)
        {
            throw new ArgumentException("a font key is a GUID", nameof(key));
        }

        var guid = Convert.FromHexString(digits);
        var output = (byte[])font.Clone();
        for (var i = 0; i < Math.Min(32, output.Length); i++)
        {
            output[i] ^= guid[15 - (i % 16)];
        }

        return output;
    }
}
