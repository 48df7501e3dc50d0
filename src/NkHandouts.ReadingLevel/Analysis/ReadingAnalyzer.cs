using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Syllables;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Analysis;

public sealed record AnalyzerOptions
{
    /// <summary>Sentences with more words than this are listed as long (the policy's limit when it has one).</summary>
    public int LongSentenceWords { get; init; } = 20;

    public int HardestSentenceCount { get; init; } = 5;

    /// <summary>Add every distinct word to the report (<c>--words</c>).</summary>
    public bool IncludeVocabulary { get; init; }

    public static readonly AnalyzerOptions Default = new();
}

/// <summary>
/// Reads a <see cref="TextDocument"/> once, word by word, and produces a <see cref="ReadingReport"/>. Built for
/// speed: tokens are spans, each distinct token is classified once (syllables, flags) and looked up without
/// allocating afterwards, and sentence text is only materialised for the few sentences the report shows.
/// One analyzer per thread; <see cref="Analyze"/> may be called repeatedly.
/// </summary>
public sealed class ReadingAnalyzer
{
    private readonly SyllableCounter _counter;
    private readonly AnalyzerOptions _options;
    private readonly GlossaryEntry[] _terms;
    private readonly string[][] _termWords;

    public ReadingAnalyzer(SyllableCounter? counter = null, Glossary.Glossary? glossary = null, AnalyzerOptions? options = null)
    {
        _counter = counter ?? SyllableCounter.Default;
        _options = options ?? AnalyzerOptions.Default;
        _terms = (glossary ?? Glossary.Glossary.Empty).Entries.ToArray();
        _termWords = _terms.Select(t => WordsOf(t.Term)).ToArray();
    }

    private readonly record struct SentenceStat(int Unit, int Start, int End, int FirstWordLength, int Words, int Syllables, int Complex, bool Passive);

    private readonly record struct WordAt(int Start, int Length, int Info);

    public ReadingReport Analyze(TextDocument document)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var infos = new List<WordInfo>();
        var occurrences = new List<int>();
        var sentences = new List<SentenceStat>();
        var sectionCounts = new Counter[document.Sections.Count];
        var total = new Counter();
        var unitWords = new List<WordAt>();
        var jargonHits = new List<(int Term, int Unit, int Start, int Length)>();
        var complexHits = new List<(int Info, int Unit, int Start, int Length)>();
        var language = document.ReadingLanguage;

        for (var u = 0; u < document.Units.Count; u++)
        {
            var unit = document.Units[u];
            var text = unit.Text.AsSpan();
            var tokenizer = new Tokenizer(text, unit.Kind == UnitKind.Heading, language);
            var sentence = new Counter();
            var sentenceStart = -1;
            var firstLength = 0;
            var passive = false;
            WordInfo? prev = null, prev2 = null;
            unitWords.Clear();

            void Close(int end)
            {
                if (sentence.Words > 0)
                {
                    sentence.Sentences = 1;
                    sentences.Add(new SentenceStat(u, sentenceStart, end, firstLength, sentence.Words, sentence.Syllables, sentence.Complex, passive));
                    total.Add(sentence);
                    sectionCounts[unit.Section].Add(sentence);
                }

                sentence = new Counter();
                sentenceStart = -1;
                passive = false;
                prev = prev2 = null;
            }

            while (tokenizer.Next(out var token))
            {
                if (token.Kind == TokenKind.SentenceEnd)
                {
                    Close(token.Start + token.Length);
                    continue;
                }

                var span = text.Slice(token.Start, token.Length);
                if (!lookup.TryGetValue(span, out var id))
                {
                    id = infos.Count;
                    var info = WordInfo.Create(span, token.Kind, _counter, language);
                    info.TermStarts = TermsStartingWith(info.Key);
                    infos.Add(info);
                    occurrences.Add(0);
                    lookup[span] = id;
                }

                var w = infos[id];
                occurrences[id]++;
                if (sentenceStart < 0)
                {
                    sentenceStart = token.Start;
                    firstLength = token.Length;
                }

                sentence.Words++;
                sentence.Syllables += w.Syllables;
                sentence.Letters += w.Letters;
                if (w.Complex)
                {
                    sentence.Complex++;
                    complexHits.Add((id, u, token.Start, token.Length));
                }

                if (w.FogComplex)
                {
                    sentence.FogComplex++;
                }

                // "is designed", "are increasingly designed", "has been tagged": a form of be, at most one adverb, a participle.
                if (w.IsParticiple && prev is not null && (prev.IsBe || (prev.IsAdverb && prev2 is { IsBe: true })))
                {
                    passive = true;
                }

                prev2 = prev;
                prev = w;
                unitWords.Add(new WordAt(token.Start, token.Length, id));
            }

            Close(text.Length);
            if (_terms.Length > 0)
            {
                MatchTerms(u, unitWords, infos, jargonHits);
            }
        }

        return BuildReport(document, language, infos, occurrences, sentences, total, sectionCounts, jargonHits, complexHits);
    }

    private ReadingReport BuildReport(TextDocument document, ReadingLanguage language, List<WordInfo> infos, List<int> occurrences, List<SentenceStat> sentences,
        Counter total, Counter[] sectionCounts, List<(int Term, int Unit, int Start, int Length)> jargonHits, List<(int Info, int Unit, int Start, int Length)> complexHits)
    {
        var spanish = language == ReadingLanguage.Spanish;

        // A sentence's own difficulty: Flesch-Kincaid with S = 1 in English; in Spanish, SOL with S = 1 as its grade and
        // Szigriszt-Pazos perspicuity (which weighs length and syllables, as Flesch-Kincaid does) to rank it.
        double Grade(SentenceStat s) => spanish ? SpanishReadability.SentenceGrade(s.Complex)
            : language == ReadingLanguage.English ? Readability.SentenceGrade(s.Words, s.Syllables) : 0;

        double Difficulty(SentenceStat s) => spanish ? -SpanishReadability.SentencePerspicuity(s.Words, s.Syllables)
            : language == ReadingLanguage.English ? Readability.SentenceGrade(s.Words, s.Syllables) : s.Words;

        SentenceFinding Finding(SentenceStat s)
        {
            var unit = document.Units[s.Unit];
            var text = unit.Text[s.Start..s.End].Trim();
            var location = SourceLocator.Locate(document, unit, s.Start, s.FirstWordLength);
            return new SentenceFinding(text, location, s.Words, s.Syllables, Grade(s))
            {
                Perspicuity = spanish ? SpanishReadability.SentencePerspicuity(s.Words, s.Syllables) : null,
            };
        }

        var hardest = Hardest.Indices(sentences.Count, i => Difficulty(sentences[i]), _options.HardestSentenceCount)
            .ConvertAll(i => Finding(sentences[i]));
        var longOnes = sentences.Where(s => s.Words > _options.LongSentenceWords).Select(Finding).ToList();
        var passive = sentences.Where(s => s.Passive).Select(Finding).ToList();

        var byKey = new SortedDictionary<string, (int Syllables, int Occurrences)>(StringComparer.Ordinal);
        for (var i = 0; i < infos.Count; i++)
        {
            var key = infos[i].Key;
            byKey[key] = byKey.TryGetValue(key, out var e) ? (e.Syllables, e.Occurrences + occurrences[i]) : (infos[i].Syllables, occurrences[i]);
        }

        // Each counted occurrence, by word (key): located only when a reader asks (the served page, check --format json).
        var hitsByKey = complexHits.GroupBy(h => infos[h.Info].Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        IReadOnlyList<Diagnostics.SourceLocation> Where(string key) => hitsByKey.TryGetValue(key, out var hits)
            ? new LazyLocations(() => hits.Select(h => SourceLocator.Locate(document, document.Units[h.Unit], h.Start, h.Length)).ToList())
            : [];

        var complex = byKey.Where(kv => kv.Value.Syllables >= 3 && !kv.Key.Contains('@') && !kv.Key.Contains("://"))
            .Select(kv => new ComplexWord(kv.Key, kv.Value.Syllables, kv.Value.Occurrences) { Locations = Where(kv.Key) })
            .OrderByDescending(c => c.Occurrences).ThenBy(c => c.Word, StringComparer.Ordinal)
            .ToList();

        var jargon = jargonHits.GroupBy(h => h.Term).OrderBy(g => g.Key)
            .Select(g => new JargonFinding(_terms[g.Key].Term, _terms[g.Key].Plain, g.Count(),
                g.Select(h => SourceLocator.Locate(document, document.Units[h.Unit], h.Start, h.Length)).ToList()))
            .OrderByDescending(j => j.Occurrences).ThenBy(j => j.Term, StringComparer.Ordinal)
            .ToList();

        var sections = new List<SectionReport>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var counts = sectionCounts[i].ToCounts();
            if (i == 0 && counts.Words == 0)
            {
                continue; // no introduction
            }

            sections.Add(new SectionReport(document.Sections[i].Title, document.Sections[i].Location, counts, EnglishScores(language, counts))
            {
                Spanish = spanish ? SpanishReadability.Score(counts) : null,
            });
        }

        var totals = total.ToCounts();
        return new ReadingReport
        {
            File = document.Path,
            Audience = document.Audience,
            Counts = totals,
            Language = language,
            LanguageTag = document.Language,
            Scores = EnglishScores(language, totals),
            Spanish = spanish ? SpanishReadability.Score(totals) : null,
            Sections = sections,
            HardestSentences = hardest,
            LongSentences = longOnes,
            LongSentenceWords = _options.LongSentenceWords,
            ComplexWords = complex,
            Jargon = jargon,
            PassiveSentences = passive,
            Vocabulary = _options.IncludeVocabulary
                ? byKey.Select(kv => new VocabularyEntry(kv.Key, kv.Value.Syllables, kv.Value.Occurrences)).ToList()
                : null,
            Warnings = language switch
            {
                ReadingLanguage.English => Readability.Warnings(totals),
                ReadingLanguage.Spanish => SpanishReadability.Warnings(totals),
                _ => [$"no readability formulas for language '{document.Language}': counts only (English formulas are not applied to other languages)"],
            },
        };
    }

    /// <summary>English formulas for English text only; other languages get zeros here and their own scores.</summary>
    private static ReadabilityScores EnglishScores(ReadingLanguage language, TextCounts counts) =>
        language == ReadingLanguage.English ? Readability.Score(counts) : ReadabilityScores.Zero;

    // Glossary matching: a term's words must follow one another; a plural in the text matches a singular term.

    private int[] TermsStartingWith(string key)
    {
        List<int>? list = null;
        for (var t = 0; t < _termWords.Length; t++)
        {
            if (_termWords[t].Length > 0 && SameWord(_termWords[t][0], key))
            {
                (list ??= []).Add(t);
            }
        }

        return list is null ? [] : list.ToArray();
    }

    private void MatchTerms(int unit, List<WordAt> words, List<WordInfo> infos, List<(int, int, int, int)> hits)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var t in infos[words[i].Info].TermStarts)
            {
                var termWords = _termWords[t];
                if (i + termWords.Length > words.Count)
                {
                    continue;
                }

                var match = true;
                for (var k = 1; k < termWords.Length && match; k++)
                {
                    match = SameWord(termWords[k], infos[words[i + k].Info].Key);
                }

                if (match)
                {
                    hits.Add((t, unit, words[i].Start, words[i].Length));
                }
            }
        }
    }

    private static bool SameWord(string term, string word) =>
        term == word
        || (term.Length == word.Length + 1 && term[^1] == 's' && term.StartsWith(word, StringComparison.Ordinal))
        || (word.Length == term.Length + 1 && word[^1] == 's' && word.StartsWith(term, StringComparison.Ordinal))
        || (word.Length == term.Length + 2 && word.EndsWith("es", StringComparison.Ordinal) && word.StartsWith(term, StringComparison.Ordinal))
        || (term.EndsWith('y') && word.Length == term.Length + 2 && word.EndsWith("ies", StringComparison.Ordinal) && word.AsSpan(0, term.Length - 1).SequenceEqual(term.AsSpan(0, term.Length - 1)));

    private static string[] WordsOf(string term)
    {
        var list = new List<string>();
        var tokenizer = new Tokenizer(term);
        while (tokenizer.Next(out var token))
        {
            if (token.Kind != TokenKind.SentenceEnd)
            {
                list.Add(WordInfo.NormaliseKey(term.AsSpan(token.Start, token.Length)));
            }
        }

        return list.ToArray();
    }

    /// <summary>Running totals; a struct so per-sentence counting allocates nothing.</summary>
    private struct Counter
    {
        public int Words;
        public int Sentences;
        public int Syllables;
        public int Complex;
        public int FogComplex;
        public int Letters;

        public void Add(in Counter other)
        {
            Words += other.Words;
            Sentences += other.Sentences;
            Syllables += other.Syllables;
            Complex += other.Complex;
            FogComplex += other.FogComplex;
            Letters += other.Letters;
        }

        public readonly TextCounts ToCounts() => new(Words, Sentences, Syllables, Complex, FogComplex, Letters);
    }
}
