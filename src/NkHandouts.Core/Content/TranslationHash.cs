using System.Security.Cryptography;
using System.Text;

namespace NkHandouts.Content;

/// <summary>
/// The hash a translation records of its source (<c>translationOf.sha256</c>): SHA-256 of the source's text as UTF-8,
/// without a byte-order mark and with LF line ends, so a checkout with CRLF line ends does not look like an edit.
/// </summary>
public static class TranslationHash
{
    public static string Of(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    public static string OfFile(string path) => Of(File.ReadAllText(path, Encoding.UTF8));
}
