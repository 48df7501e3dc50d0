using System.Globalization;
using System.Text.RegularExpressions;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;

namespace NkHandouts.Readiness.Items;

/// <summary>Judgements shared by both instruments: terms explained at first use, active voice, numbers, actions.</summary>
internal static partial class PlainLanguage
{
    /// <summary>Glossary terms whose first use is not explained there or in the next sentence ("X is a…", "X means",
    /// "X (…)", "called X", "X, a…", or the glossary's plain wording nearby). "The infusion is given" explains nothing.</summary>
    public static (int Used, List<(string Term, Sentence At)> Unexplained) Terms(ArticleFacts facts, Glossary glossary)
    {
        var used = 0;
        var unexplained = new List<(string, Sentence)>();
        foreach (var entry in glossary.Entries)
        {
            var term = Regex.Escape(entry.Term);
            var find = new Regex($@"\b{term}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var index = facts.Sentences.ToList().FindIndex(s => find.IsMatch(s.Text));
            if (index < 0)
            {
                continue;
            }

            used++;
            var here = facts.Sentences[index].Text + " " + (index + 1 < facts.Sentences.Count ? facts.Sentences[index + 1].Text : "");
            var defined = new Regex($@"\b{term}s?\b\s*(\(|,\s*(a|an|the|which|or)\b|\s(means|stands for)\b|\s(is|are)\s+(a|an|the|one|two|some|kinds?|types?|when|how|what|where|cells?|medicines?|treatments?)\b|\s(acts?|works?)\s+as\b)|\b(called|call\s+(this|it|that|these|them)|known\s+as)\s+(an?\s+)?{term}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).IsMatch(here)
                || here.Contains(entry.Plain, StringComparison.OrdinalIgnoreCase);
            if (!defined)
            {
                unexplained.Add((entry.Term, facts.Sentences[index]));
            }
        }

        return (used, unexplained);
    }

    public static double ActivePercent(ReadingReport report) =>
        report.Counts.Sentences == 0 ? 100 : Math.Round(100.0 * (report.Counts.Sentences - report.PassiveSentences.Count) / report.Counts.Sentences, 0);

    /// <summary>Numbers in running text (digits, percentages, ratios), not counting list numbering.</summary>
    public static List<(string Number, Sentence At)> Numbers(ArticleFacts facts) =>
        facts.Sentences.SelectMany(s => NumberPattern().Matches(s.Text).Select(m => (m.Value.Trim(), s))).ToList();

    /// <summary>Numbers a reader may stumble on: decimals, ratios, fractions, percentages, big numbers (not years).</summary>
    public static bool IsHard(string number) => HardNumber().IsMatch(number) && !Year().IsMatch(number);

    public static List<Sentence> CalculationCues(ArticleFacts facts) => facts.Sentences.Where(s => Calculation().IsMatch(s.Text)).ToList();

    /// <summary>Sentences telling the reader to do something: an imperative first word, or "you can/should/may" + verb.</summary>
    public static List<Sentence> Actions(ArticleFacts facts) => facts.Sentences.Where(s => Imperative().IsMatch(s.Text) || YouCan().IsMatch(s.Text)).ToList();

    public static int YouCount(ArticleFacts facts) => facts.Sentences.Sum(s => You().Matches(s.Text).Count);

    public static string Quote(Sentence s) => "\"" + (s.Text.Length <= 80 ? s.Text : s.Text[..77] + "...") + "\" (" + s.Location + ")";

    public static string Percent(double v) => v.ToString("0", CultureInfo.InvariantCulture) + "%";

    public static IReadOnlyList<SourceLocation> At(IEnumerable<Sentence> sentences) => sentences.Select(s => s.Location).Distinct().Take(20).ToList();

    [GeneratedRegex(@"(?<![\p{L}\-])\d[\d,]*(\.\d+)?\s*(%|percent|per cent)?(\s*(in|out of|/)\s*\d[\d,]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\.\d|%|percent|per cent|\bin\s+\d|\bout of\b|/|\d{4,}|\d,\d{3}", RegexOptions.IgnoreCase)]
    private static partial Regex HardNumber();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(calculate|multiply|divide|add up|subtract|work out how many|times your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Calculation();

    [GeneratedRegex(@"^(Ask|Call|Tell|Talk|Write|Bring|Take|Keep|Contact|Phone|Go|See|Make|Check|Read|Visit|Book|Get|Use|Try|Follow|Speak|Let|Find|Note)\b")]
    private static partial Regex Imperative();

    [GeneratedRegex(@"\byou (can|should|may|could|need to|might want to) (ask|call|talk|tell|bring|write|contact|phone|visit|speak|get|take|see|check|join|find)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouCan();

    [GeneratedRegex(@"\b(you|your|yours|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex You();
}
