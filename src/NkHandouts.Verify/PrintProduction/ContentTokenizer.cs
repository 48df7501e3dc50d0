using System.Globalization;
using System.Text;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>An operator and its operands from a content stream (operands as text: numbers, /Names, strings).</summary>
internal readonly record struct ContentOp(string Operator, IReadOnlyList<string> Operands)
{
    public double Number(int i) => double.Parse(Operands[i], NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>
/// Splits a content stream into operators (ISO 32000-1 §7.8.2). Strings, arrays and dictionaries become one
/// operand each; inline image data (BI … ID … EI) is skipped, its dictionary kept as the operands of <c>BI</c>.
/// </summary>
internal static class ContentTokenizer
{
    public static IEnumerable<ContentOp> Read(byte[] data)
    {
        var operands = new List<string>();
        var i = 0;
        while (i < data.Length)
        {
            var c = (char)data[i];
            if (IsWhite(c))
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < data.Length && data[i] != '\n' && data[i] != '\r')
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                operands.Add(LiteralString(data, ref i));
            }
            else if (c == '<' && i + 1 < data.Length && data[i + 1] == '<')
            {
                operands.Add(Balanced(data, ref i, "<<", ">>"));
            }
            else if (c == '<')
            {
                var end = Array.IndexOf(data, (byte)'>', i);
                end = end < 0 ? data.Length - 1 : end;
                operands.Add(Encoding.Latin1.GetString(data, i, end - i + 1));
                i = end + 1;
            }
            else if (c == '[')
            {
                operands.Add(Balanced(data, ref i, "[", "]"));
            }
            else
            {
                var start = i;
                i++;
                while (i < data.Length && !IsWhite((char)data[i]) && !IsDelimiter((char)data[i]))
                {
                    i++;
                }

                var word = Encoding.Latin1.GetString(data, start, i - start);
                if (c == '/' || c == '+' || c == '-' || c == '.' || char.IsAsciiDigit(c) || word is "true" or "false" or "null")
                {
                    operands.Add(word);
                    continue;
                }

                if (word == "ID")
                {
                    i = SkipInlineImage(data, i);
                    continue; // BI's operands stay with BI, yielded already
                }

                yield return new ContentOp(word, operands.ToArray());
                operands.Clear();
            }
        }
    }

    private static int SkipInlineImage(byte[] data, int i)
    {
        for (var j = i + 1; j + 2 < data.Length; j++)
        {
            if (IsWhite((char)data[j]) && data[j + 1] == 'E' && data[j + 2] == 'I' && (j + 3 == data.Length || IsWhite((char)data[j + 3])))
            {
                return j + 3;
            }
        }

        return data.Length;
    }

    private static string LiteralString(byte[] data, ref int i)
    {
        var start = i;
        var depth = 0;
        for (; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                i++;
                break;
            }
        }

        return Encoding.Latin1.GetString(data, start, i - start);
    }

    private static string Balanced(byte[] data, ref int i, string open, string close)
    {
        var start = i;
        var depth = 0;
        while (i < data.Length)
        {
            if (data[i] == '(')
            {
                LiteralString(data, ref i);
                continue;
            }

            if (Matches(data, i, open))
            {
                depth++;
                i += open.Length;
            }
            else if (Matches(data, i, close))
            {
                depth--;
                i += close.Length;
                if (depth == 0)
                {
                    break;
                }
            }
            else
            {
                i++;
            }
        }

        return Encoding.Latin1.GetString(data, start, i - start);
    }

    private static bool Matches(byte[] data, int i, string s)
    {
        if (i + s.Length > data.Length)
        {
            return false;
        }

        for (var k = 0; k < s.Length; k++)
        {
            if (data[i + k] != s[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}
