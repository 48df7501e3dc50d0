using System.Globalization;
using System.Text;

namespace NkHandouts.Diagnostics;

/// <summary>
/// Makes text from inputs (file names, article text, exception messages) safe to print on one diagnostic line:
/// control characters become visible escapes (<c>\n</c>, <c>\x1B</c>), so a file named with a newline or an ESC
/// sequence can neither forge a second diagnostic line nor drive the terminal.
/// </summary>
public static class Printable
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsControl))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsControl(c))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\x" + ((int)c).ToString(c > 0xFF ? "X4" : "X2", CultureInfo.InvariantCulture),
            });
        }

        return sb.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal shows.</summary>
    public static bool IsControl(char c) =>
        char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';

    /// <summary>Names a control character for a message: "U+001B (ESC)".</summary>
    public static string Name(char c)
    {
        var name = c switch
        {
            '\x07' => " (BEL)",
            '\x08' => " (BS)",
            '\x0B' => " (VT)",
            '\x0C' => " (FF)",
            '\x1B' => " (ESC)",
            '\x7F' => " (DEL)",
            '\u202E' => " (RIGHT-TO-LEFT OVERRIDE)",
            '\u202D' => " (LEFT-TO-RIGHT OVERRIDE)",
            _ => "",
        };
        return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + name;
    }
}
