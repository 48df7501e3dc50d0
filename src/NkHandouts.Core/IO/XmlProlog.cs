namespace NkHandouts.IO;

/// <summary>
/// Reads an XML file's prolog (declaration, comments, processing instructions) up to its first element and says where
/// a DTD (<c>&lt;!DOCTYPE</c>) starts, if one does. A DTD can stand nowhere else, so a part is judged without parsing
/// it: the caller names the part and the place in its own words instead of the XML reader's exception text.
/// </summary>
public static class XmlProlog
{
    /// <summary>Line and column (1-based) of <c>&lt;!DOCTYPE</c>, or null when the prolog has none (or the text is not
    /// XML at all: the first thing that is not prolog ends the search).</summary>
    public static (int Line, int Column)? Doctype(TextReader reader)
    {
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read(); // a byte order mark a reader left in the text is not part of the prolog
        }

        var text = new PrologReader(reader);
        while (true)
        {
            text.SkipWhitespace();
            var (line, column) = (text.Line, text.Column);
            if (!text.Take("<"))
            {
                return null;
            }

            if (text.Take("?"))
            {
                text.SkipPast("?>");
            }
            else if (!text.Take("!"))
            {
                return null; // the root element
            }
            else if (text.Take("--"))
            {
                text.SkipPast("-->");
            }
            else
            {
                return text.Take("DOCTYPE") ? (line, column) : null; // <![CDATA[ or junk: not a prolog
            }
        }
    }

    /// <summary>A forward-only reader that counts lines and columns.</summary>
    private sealed class PrologReader(TextReader reader)
    {
        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        public void SkipWhitespace()
        {
            while (reader.Peek() is ' ' or '\t' or '\r' or '\n')
            {
                Next();
            }
        }

        /// <summary>Consumes <paramref name="word"/> when the text goes on with it. A partial match is consumed too, so
        /// callers only take words that share no first letter at the same place (or that end the prolog anyway).</summary>
        public bool Take(string word)
        {
            foreach (var c in word)
            {
                if (reader.Peek() != c)
                {
                    return false;
                }

                Next();
            }

            return true;
        }

        /// <summary>Reads up to and including <paramref name="end"/> (or to the end of the text).</summary>
        public void SkipPast(string end)
        {
            var window = new char[end.Length];
            var seen = 0;
            int c;
            while ((c = Next()) >= 0)
            {
                Array.Copy(window, 1, window, 0, window.Length - 1);
                window[^1] = (char)c;
                if (++seen >= end.Length && window.AsSpan().SequenceEqual(end))
                {
                    return;
                }
            }
        }

        private int Next()
        {
            var c = reader.Read();
            if (c == '\n')
            {
                Line++;
                Column = 1;
            }
            else if (c >= 0)
            {
                Column++;
            }

            return c;
        }
    }
}
