using System.Globalization;
using System.Text;

namespace NkHandouts.Serve.Pages;

/// <summary>HTML escaping for every piece of text the pages show: article text, file names, messages. Nothing from
/// an article reaches a page any other way, so a <c>&lt;script&gt;</c> in an article is shown as text.</summary>
internal static class H
{
    /// <summary>Text or attribute value: &amp; &lt; &gt; " ' escaped; control characters (except tab and line feed) dropped.</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A path segment or query value for a URL (then escaped again where it goes into an attribute).</summary>
    public static string U(string text) => Uri.EscapeDataString(text);

    public static string N(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id fragment from any text: letters and digits kept, the rest as '-'.</summary>
    public static string Id(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }
}
