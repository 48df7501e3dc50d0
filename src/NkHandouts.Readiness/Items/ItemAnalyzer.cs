using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;

namespace NkHandouts.Readiness.Items;

/// <summary>PEMAT-P and CDC Clear Communication Index items of one article, judged from its blocks and its reading
/// report (passive sentences, grade, complex words).</summary>
public static class ItemAnalyzer
{
    public static ItemReport Analyze(Article article, ReadingReport reading, Glossary glossary)
    {
        var facts = ArticleFacts.Of(article);
        var pemat = PematItems.Judge(article, facts, reading, glossary);
        var cdc = CdcItems.Judge(article, facts, reading, glossary, pemat);
        return new ItemReport(article.Path, [.. pemat, .. cdc]);
    }
}
