using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>Small helpers: analyse a plain text or a Markdown article held in a string.</summary>
internal static class Analyze
{
    public static ReadingReport Text(string text, AnalyzerOptions? options = null, Glossary.Glossary? glossary = null) =>
        new ReadingAnalyzer(glossary: glossary, options: options).Analyze(TextDocument.FromPlainText("t.txt", text));

    public static ReadingReport Markdown(string body, Glossary.Glossary? glossary = null)
    {
        var text = "---\ntitle: Test\nlanguage: en-US\naudience: patients\n---\n\n" + body;
        var article = ArticleLoader.Parse(text, "a.md").Value ?? throw new InvalidOperationException("article did not load");
        return new ReadingAnalyzer(glossary: glossary).Analyze(TextDocument.FromArticle(article, text));
    }

    /// <summary>Sentences of a text, each as its words joined by single spaces.</summary>
    public static List<string> Sentences(string text) =>
        Text(text, new AnalyzerOptions { LongSentenceWords = 0 }).LongSentences.Select(s => s.Text).ToList();

    public static int Words(string text) => Text(text).Counts.Words;

    public static int Syllables(string text) => Text(text).Counts.Syllables;
}
