using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.Templates;

namespace NkHandouts.Serve.Site;

/// <summary>
/// The reading-level analysis the article page marks on the text, as <c>nkhandouts check</c> makes it (same glossary,
/// same long-sentence limit from the policy). Reports are kept by the text they were made from, so a save that
/// changes one article analyses only that one.
/// </summary>
internal sealed class ReadingReview
{
    private readonly Dictionary<string, ReadingReport> _cache = new(StringComparer.Ordinal);

    public ReadingReport Analyze(Article article, string sourceText, Glossary glossary, string glossaryKey, ReadingPolicy policy)
    {
        var longWords = policy.ForLanguage(article.Metadata.Language).MaxSentenceWords ?? AnalyzerOptions.Default.LongSentenceWords;
        var key = string.Join('\n', article.Path, glossaryKey, longWords, Build.InputHasher.Bytes(System.Text.Encoding.UTF8.GetBytes(sourceText)));
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var options = AnalyzerOptions.Default with { LongSentenceWords = longWords, HardestSentenceCount = 8 };
        var report = new ReadingAnalyzer(glossary: glossary, options: options).Analyze(TextDocument.FromArticle(article, sourceText));
        foreach (var stale in _cache.Keys.Where(k => k.StartsWith(article.Path + "\n", StringComparison.Ordinal)).ToList())
        {
            _cache.Remove(stale);
        }

        _cache[key] = report;
        return report;
    }

    public static (Glossary Glossary, string Key) LoadGlossary(string contentDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDir, Build.BuildPlanner.GlossaryFile);
        return File.Exists(path) ? (GlossaryLoader.Load(path, diagnostics), Build.InputHasher.File(path)) : (Glossary.Empty, "");
    }
}
