using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;

namespace NkHandouts.Serve.Pages;

/// <summary>
/// Lays the reading-level findings onto the Markdown source, character by character. The analyzer reports where a
/// sentence starts and its plain text; the end is found by walking the source from that start and matching the text's
/// characters in order, stepping over markup (<c>**</c>, <c>[</c>, link targets, line breaks) — so a sentence that
/// spans lines or holds a link is marked exactly, without a second parser.
/// </summary>
internal sealed class SourceMarks
{
    private const int MaxSkip = 120;

    private readonly string _flat;
    private readonly int[] _lineStarts;

    public SourceMarks(string source)
    {
        _flat = source.Replace("\r\n", "\n");
        Lines = _flat.Split('\n');
        _lineStarts = new int[Lines.Length];
        for (int i = 1, at = 0; i < Lines.Length; i++)
        {
            at += Lines[i - 1].Length + 1;
            _lineStarts[i] = at;
        }

        Flags = new MarkKind[_flat.Length];
        TermAt = new int[_flat.Length];
        Array.Fill(TermAt, -1);
        Badges = Lines.Select(_ => new List<Badge>()).ToArray();
    }

    public string[] Lines { get; }

    /// <summary>Marks per character of the whole source (lines joined with '\n').</summary>
    public MarkKind[] Flags { get; }

    /// <summary>Index into <see cref="Terms"/> of the glossary term covering a character, or -1.</summary>
    public int[] TermAt { get; }

    public List<Badge>[] Badges { get; }

    public List<(string Term, string Plain)> Terms { get; } = [];

    public int LineStart(int line0) => _lineStarts[line0];

    public static SourceMarks For(string source, ReadingReport? report, double? hardAbove = null)
    {
        var marks = new SourceMarks(source);
        if (report is null)
        {
            return marks;
        }

        foreach (var s in report.HardestSentences.Where(s => hardAbove is not { } limit || s.Grade > limit))
        {
            marks.Sentence(s, MarkKind.Hard, "hard · grade " + s.Grade.ToString("0.#", CultureInfo.InvariantCulture));
        }

        foreach (var s in report.LongSentences)
        {
            marks.Sentence(s, MarkKind.Long, $"long · {s.Words.ToString(CultureInfo.InvariantCulture)} words");
        }

        foreach (var s in report.PassiveSentences)
        {
            marks.Sentence(s, MarkKind.Passive, "passive?");
        }

        foreach (var jargon in report.Jargon)
        {
            marks.Terms.Add((jargon.Term, jargon.Plain));
            foreach (var at in jargon.Locations)
            {
                marks.Term(at, marks.Terms.Count - 1, jargon.Term);
            }
        }

        foreach (var word in report.ComplexWords)
        {
            marks.ComplexWord(word);
        }

        return marks;
    }

    private int? Offset(SourceLocation at)
    {
        if (at.Line <= 0 || at.Line > Lines.Length)
        {
            return null;
        }

        return _lineStarts[at.Line - 1] + Math.Clamp(at.Column - 1, 0, Lines[at.Line - 1].Length);
    }

    private void Sentence(SentenceFinding sentence, MarkKind kind, string label)
    {
        if (Offset(sentence.Location) is not { } start)
        {
            return;
        }

        var end = Align(sentence.Text, start, out var first);
        if (end <= first)
        {
            return;
        }

        Set(first, end, kind);
        var line = LineOf(first);
        Badges[line].Add(new Badge(first - _lineStarts[line], kind, label));
    }

    /// <summary>Walks the source from <paramref name="from"/> matching <paramref name="text"/>'s non-space characters
    /// in order; returns the offset after the last one matched (where the text was lost, if it was).</summary>
    private int Align(string text, int from, out int first)
    {
        first = -1;
        var pos = from;
        var end = from;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var p = pos;
            var skipped = 0;
            while (p < _flat.Length && skipped <= MaxSkip && _flat[p] != c)
            {
                if (_flat[p] == ']' && p + 1 < _flat.Length && _flat[p + 1] == '(' && _flat.IndexOf(')', p + 2) is var close and > 0 && close - p < 2048)
                {
                    p = close + 1; // a link's target is not text
                    skipped += 2;
                    continue;
                }

                p++;
                skipped++;
            }

            if (p >= _flat.Length || _flat[p] != c)
            {
                break;
            }

            if (first < 0)
            {
                first = p;
            }

            end = p + 1;
            pos = p + 1;
        }

        return first < 0 ? from : end;
    }

    private void Term(SourceLocation at, int term, string termText)
    {
        if (Offset(at) is not { } start)
        {
            return;
        }

        // As many words as the term has, from where the analyzer found its first word.
        var words = termText.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        var p = start;
        var end = start;
        for (var w = 0; w < words && p < _flat.Length; w++)
        {
            while (p < _flat.Length && !IsWordChar(_flat[p]))
            {
                p++;
            }

            while (p < _flat.Length && IsWordChar(_flat[p]))
            {
                p++;
            }

            end = p;
        }

        Set(start, end, MarkKind.Term);
        for (var i = start; i < end; i++)
        {
            TermAt[i] = term;
        }
    }

    /// <summary>Each occurrence the analysis counted, at the place it reported (the title's in the front matter; none in
    /// a link's target, a code block, or a field the analysis does not read). A location whose source does not spell the
    /// word there (the analyzer fell back to its paragraph's start) is left unmarked rather than marked wrongly.</summary>
    private void ComplexWord(ComplexWord word)
    {
        foreach (var at in word.Locations)
        {
            if (Offset(at) is not { } start)
            {
                continue;
            }

            var end = start;
            while (end < _flat.Length && IsWordChar(_flat[end]))
            {
                end++;
            }

            while (end > start && _flat[end - 1] is '-' or '\'' or '’')
            {
                end--;
            }

            if (Key(_flat.AsSpan(start, end - start)) == word.Word)
            {
                Set(start, end, MarkKind.Complex);
            }
        }
    }

    private void Set(int start, int end, MarkKind kind)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, Flags.Length); i++)
        {
            if (_flat[i] != '\n')
            {
                Flags[i] |= kind;
            }
        }
    }

    private int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’';

    /// <summary>The analyzer's word key (WordInfo.NormaliseKey): lower case, curly apostrophe as straight.</summary>
    private static string Key(ReadOnlySpan<char> token) => token.ToString().ToLowerInvariant().Replace('’', '\'');
}
