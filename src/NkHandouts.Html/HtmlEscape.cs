using System.Text;

namespace NkHandouts.Html;

/// <summary>
/// Escapes article and template text for HTML text and double- or single-quoted attribute values. Besides the five
/// markup characters it drops what an HTML parser reports as an error or a browser shows as garbage: C0/C1 control
/// characters (tab and newline stay), noncharacters, and lone surrogates (replaced by U+FFFD).
/// </summary>
internal static class HtmlEscape
{
    public static void Append(StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); continue;
                case '<': sb.Append("&lt;"); continue;
                case '>': sb.Append("&gt;"); continue;
                case '"': sb.Append("&quot;"); continue;
                case '\'': sb.Append("&#39;"); continue;
                case '\r': sb.Append(i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n"); continue;
                case '\t' or '\n': sb.Append(c); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if ((cp & 0xFFFE) != 0xFFFE)
                {
                    sb.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (!IsDropped(c))
            {
                sb.Append(c);
            }
        }
    }

    public static string Of(string? text)
    {
        var sb = new StringBuilder();
        Append(sb, text);
        return sb.ToString();
    }

    private static bool IsDropped(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || c is '\uFFFE' or '\uFFFF';
}
