namespace NkHandouts.ReadingLevel.Text;

public enum TokenKind
{
    /// <summary>A word: letters and digits, with inner apostrophes, hyphens, and dots or commas between digits.</summary>
    Word,

    /// <summary>A web or e-mail address: one word of one syllable (docs/reading-level.md, "Counting rules").</summary>
    Address,

    /// <summary>The end of a sentence (after '.', '!', '?' or an ellipsis before a capital).</summary>
    SentenceEnd,
}

/// <summary>A token of a text: where it is and what it is. No strings are made while scanning.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind);

/// <summary>
/// Splits one text unit (a heading, paragraph, list item or table cell) into words and sentence ends in a single
/// pass over a span, with no regular expressions and no allocation. The counting rules are listed in
/// docs/reading-level.md; each has a test in TokenizerTests.
/// </summary>
public ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _isHeading;
    private readonly ReadingLanguage _language;
    private int _pos;
    private bool _atUnitStart;

    public Tokenizer(ReadOnlySpan<char> text, bool isHeading = false, ReadingLanguage language = ReadingLanguage.English)
    {
        _text = text;
        _isHeading = isHeading;
        _language = language;
        _pos = 0;
        _atUnitStart = true;
    }

    public bool Next(out Token token)
    {
        var t = _text;
        while (_pos < t.Length)
        {
            var c = t[_pos];
            if (IsWordStart(c))
            {
                var start = _pos;
                if (TryAddress(out var addressEnd))
                {
                    _pos = addressEnd;
                    _atUnitStart = false;
                    token = new Token(start, addressEnd - start, TokenKind.Address);
                    return true;
                }

                var end = ScanWord(start);
                if (_atUnitStart && IsListNumber(start, end, out var skipTo))
                {
                    // "1." "1.1." "2)" opening a line, or "1.1" opening a heading: numbering, not words.
                    _pos = skipTo;
                    _atUnitStart = false;
                    continue;
                }

                _atUnitStart = false;
                _pos = end;
                token = new Token(start, end - start, TokenKind.Word);
                return true;
            }

            _atUnitStart = _atUnitStart && char.IsWhiteSpace(c);
            switch (c)
            {
                case '!' or '?':
                    while (_pos < t.Length && t[_pos] is '!' or '?' or '.' or '…')
                    {
                        _pos++;
                    }

                    token = new Token(_pos - 1, 1, TokenKind.SentenceEnd);
                    return true;
                case '.' or '…':
                    var dotStart = _pos;
                    var dots = 0;
                    while (_pos < t.Length && t[_pos] is '.' or '…')
                    {
                        dots += t[_pos] == '…' ? 3 : 1;
                        _pos++;
                    }

                    if (dots == 1 || EllipsisEndsSentence())
                    {
                        token = new Token(dotStart, _pos - dotStart, TokenKind.SentenceEnd);
                        return true;
                    }

                    continue; // an ellipsis inside a sentence is neither a word nor an end
                default:
                    _pos++;
                    continue;
            }
        }

        token = default;
        return false;
    }

    /// <summary>An ellipsis ends a sentence when a capital letter follows after a space ("Wait… Then").</summary>
    private readonly bool EllipsisEndsSentence()
    {
        var rest = _text[_pos..];
        var i = 0;
        while (i < rest.Length && IsClosing(rest[i]))
        {
            i++;
        }

        if (i < rest.Length && !char.IsWhiteSpace(rest[i]))
        {
            return false;
        }

        while (i < rest.Length && (char.IsWhiteSpace(rest[i]) || IsOpening(rest[i])))
        {
            i++;
        }

        return i >= rest.Length || char.IsUpper(rest[i]);
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c);

    private static bool IsClosing(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»' or '*' or '_';

    private static bool IsOpening(char c) => c is '"' or '\'' or '‘' or '“' or '(' or '[' or '«' or '¿' or '¡';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Scans a word from <paramref name="start"/>; returns its end. Consumes an abbreviation's full stop.</summary>
    private readonly int ScanWord(int start)
    {
        var t = _text;
        var i = start;
        var segmentStart = start; // start of the current dot-separated letter run, for U.S. and e.g.
        while (i < t.Length)
        {
            var c = t[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var hasNext = i + 1 < t.Length;
            var next = hasNext ? t[i + 1] : '\0';
            var prev = t[i - 1];
            if (IsApostrophe(c) && hasNext && char.IsLetter(next) && char.IsLetter(prev))
            {
                i++; // it's, don't, they’re
                continue;
            }

            if (IsHyphen(c) && hasNext && char.IsLetterOrDigit(next))
            {
                i++; // one-size-fits-all, IFN-γ, interleukin-12
                continue;
            }

            if (c is '.' or ',' && char.IsAsciiDigit(prev) && hasNext && char.IsAsciiDigit(next))
            {
                i++; // 2.5, 1,000
                continue;
            }

            if (c == '.' && hasNext && char.IsLetter(next))
            {
                if (i - segmentStart == 1 && char.IsLetter(prev))
                {
                    // U.S, e.g, i.e: a dotted abbreviation goes on; take its closing dot below.
                    i++;
                    segmentStart = i;
                    continue;
                }

                if (char.IsLower(next) && !char.IsUpper(prev))
                {
                    i++; // example.org, file.txt: a name, not a sentence end ("year.The" stops here)
                    segmentStart = i;
                    continue;
                }
            }

            break;
        }

        // The full stop after an abbreviation or an initial belongs to the word.
        if (i < t.Length && t[i] == '.' && !(i + 1 < t.Length && t[i + 1] == '.'))
        {
            var word = t[start..i];
            var after = t[(i + 1)..];
            var dotted = segmentStart > start && i - segmentStart == 1; // U.S. e.g. i.e.
            var initial = i - start == 1 && char.IsUpper(t[start]); // J. R. Smith
            if (dotted || initial || Abbreviations.IsNeverEnding(word, after, _language))
            {
                return i + 1;
            }

            // "etc." and "et al." end the sentence only before a capital ("…, etc. The next").
            if (Abbreviations.EndsBeforeCapital(word, _language))
            {
                var rest = after.TrimStart();
                if (rest.Length > 0 && !char.IsUpper(rest[0]))
                {
                    return i + 1;
                }
            }
        }

        return i;
    }

    /// <summary>"1." "1.1." "12)" at the start of a unit and followed by a space; "1.1" too when the unit is a heading.</summary>
    private readonly bool IsListNumber(int start, int end, out int skipTo)
    {
        var t = _text;
        skipTo = end;
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiDigit(t[k]) && t[k] != '.')
            {
                return false;
            }
        }

        if (!char.IsAsciiDigit(t[start]))
        {
            return false;
        }

        // Every dot-separated part at most 3 digits: "2025." is a year, not an item number.
        var run = 0;
        for (var k = start; k < end; k++)
        {
            run = t[k] == '.' ? 0 : run + 1;
            if (run > 3)
            {
                return false;
            }
        }

        var i = end;
        if (i < t.Length && t[i] is '.' or ')')
        {
            i++;
        }
        else if (!(_isHeading && t[start..end].Contains('.')))
        {
            return false;
        }

        if (i < t.Length && !char.IsWhiteSpace(t[i]))
        {
            return false;
        }

        skipTo = i;
        return true;
    }

    /// <summary>http(s)://…, www.…, mailto:… or name@domain.tld, up to the next space, without trailing punctuation.</summary>
    private readonly bool TryAddress(out int end)
    {
        var t = _text;
        var rest = t[_pos..];
        end = _pos;
        var spaceAt = rest.IndexOfAny(" \t\n\r\u00A0");
        var run = spaceAt < 0 ? rest : rest[..spaceAt];
        var isAddress = run.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || run.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || run.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (!isAddress)
        {
            var at = run.IndexOf('@');
            isAddress = at > 0 && run[(at + 1)..].IndexOf('.') > 0;
        }

        if (!isAddress)
        {
            return false;
        }

        var length = run.Length;
        while (length > 0 && run[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'' or '’' or '”')
        {
            length--;
        }

        end = _pos + length;
        return length > 0;
    }
}
