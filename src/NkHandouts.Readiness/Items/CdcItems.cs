using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using static NkHandouts.Readiness.Items.PlainLanguage;

namespace NkHandouts.Readiness.Items;

/// <summary>
/// The CDC Clear Communication Index (score sheet: Part A core items 1–11, B behavioural recommendations 12–14,
/// C numbers 15–17, D risk 18–20). A point only when every instance meets the item, as the Index scores.
/// </summary>
public static class CdcItems
{
    public static IReadOnlyList<ItemResult> Judge(Article article, ArticleFacts f, ReadingReport reading, Glossary glossary, IReadOnlyList<ItemResult> pemat)
    {
        var items = new List<ItemResult>();
        void Add(string id, string part, string q, Rating r, string evidence, IReadOnlyList<Diagnostics.SourceLocation>? at = null) =>
            items.Add(new ItemResult("CDC CCI", id, part, q, r, evidence, at ?? []));
        ItemResult P(string id) => pemat.Single(i => i.Id == id);

        // The key points box (or a summary section) stands for the main message when it comes before the first heading.
        var early = f.KeyPointsIndex is { } k && (f.FirstHeadingIndex is not { } h || k < h);
        Add("1", "Core", "Does the material contain one main message statement?", Rating.ToReview,
            $"front-matter summary: \"{article.Metadata.Summary ?? "—"}\"" + (f.KeyPoints is { } kp ? $"; key points at {kp}" : ""));
        Add("2", "Core", "Is the main message at the top, beginning, or front of the material?", early ? Rating.Agree : Rating.Disagree,
            early ? $"key points in the first section, at {f.KeyPoints}" : f.KeyPoints is { } late ? $"key points only after the first heading, at {late}" : "no key points in the first section",
            f.KeyPoints is { } at2 ? [at2] : []);
        Add("3", "Core", "Is the main message emphasized with visual cues?", f.KeyPoints is not null ? Rating.Agree : Rating.Disagree,
            f.KeyPoints is not null ? "the key points are set in a box with a heading" : "no box, heading or emphasis marks the main message");
        Add("4", "Core", "Does the material contain at least one visual that conveys or supports the main message?", f.Images == 0 ? Rating.Disagree : Rating.ToReview,
            f.Images == 0 ? "no image or diagram" : $"{f.Images} images: a person checks they carry the main message");
        var action = P("20");
        Add("5", "Core", "Does the material include one or more calls to action for the primary audience?", action.Rating, action.Evidence, action.Locations);
        Add("6", "Core", "Do both the main message and the call to action use the active voice?", reading.PassiveSentences.Count == 0 ? Rating.Agree : Rating.ToReview,
            reading.PassiveSentences.Count == 0 ? "no passive sentence found" : $"{reading.PassiveSentences.Count} possibly passive sentences; a person checks the main message and the call to action",
            reading.PassiveSentences.Select(s => s.Location).Take(20).ToList());
        var words = P("4");
        Add("7", "Core", "Does the material always use words the primary audience uses?", words.Rating == Rating.Agree && P("3").Rating == Rating.Agree ? Rating.Agree : Rating.Disagree,
            P("3").Evidence + "; " + words.Evidence, words.Locations);
        Add("8", "Core", "Does the material use bulleted or numbered lists?", f.Lists > 0 ? Rating.Agree : Rating.Disagree, $"{f.Lists} lists");
        var chunks = P("8");
        Add("9", "Core", "Is the material organized in chunks with headings?", chunks.Rating, chunks.Evidence, chunks.Locations);
        Add("10", "Core", "Is the most important information the primary audience needs summarized in the first paragraph or section?", early ? Rating.Agree : Rating.Disagree,
            early ? $"key points before the first heading, at {f.KeyPoints}" : "the first section has no summary of the key points");
        var science = f.Sentences.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s.Text, @"\b(research|studies|study|trials?|scientists|researchers|not (yet )?known|we do not know|unknown|evidence)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        Add("11", "Core", "Does the material explain what authoritative sources, such as subject matter experts and agencies, know and don't know about the topic?", Rating.ToReview,
            science.Count == 0 ? "no sentence about research or what is not known" : $"{science.Count} sentences about research or what is known, e.g. {Quote(science[0])}", At(science));

        var actions = Actions(f);
        Add("12", "Behavioral recommendations", "Does the material include one or more behavioral recommendations for the primary audience?", Rating.ToReview,
            actions.Count == 0 ? "no sentence tells the reader what to do" : $"{actions.Count} action sentences, e.g. {Quote(actions[0])}", At(actions));
        Add("13", "Behavioral recommendations", "Does the material explain why the behavioral recommendation(s) is important to the primary audience?", Rating.ToReview, "a person judges");
        Add("14", "Behavioral recommendations", "Does the material include specific directions about how to perform the behavior?", Rating.ToReview, P("22").Evidence);

        var numbers = Numbers(f);
        var none = numbers.Count == 0;
        var clear = P("6");
        Add("15", "Numbers", "Does the material always present numbers the primary audience uses?", none ? Rating.NotApplicable : clear.Rating, clear.Evidence, clear.Locations);
        Add("16", "Numbers", "Does the material explain what the numbers mean?", none ? Rating.NotApplicable : Rating.ToReview, clear.Evidence);
        var calc = P("7");
        Add("17", "Numbers", "Does the audience have to conduct mathematical calculations? (no scores the point)", none ? Rating.NotApplicable : calc.Rating, calc.Evidence, calc.Locations);

        var risk = f.Sentences.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s.Text, @"\b(risks?|side effects?|harm|chance|likely|probability)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        var riskApplies = risk.Count == 0 ? Rating.NotApplicable : Rating.ToReview;
        var riskEvidence = risk.Count == 0 ? "no sentence about risk" : $"{risk.Count} sentences about risk, e.g. {Quote(risk[0])}";
        Add("18", "Risk", "Does the material explain the nature of the risk?", riskApplies, riskEvidence, At(risk));
        Add("19", "Risk", "Does the material address both the risks and benefits of the recommended behaviors?", riskApplies, riskEvidence, At(risk));
        var probability = numbers.Where(n => n.Number.Contains('%') || n.Number.Contains("in", StringComparison.Ordinal) || n.Number.Contains("percent", StringComparison.OrdinalIgnoreCase)).ToList();
        Add("20", "Risk", "If the material uses numeric probability to describe risk, is the probability also explained with words or a visual?", probability.Count == 0 ? Rating.NotApplicable : Rating.ToReview,
            probability.Count == 0 ? "no numeric probability" : $"{probability.Count} probabilities", At(probability.Select(p => p.At)));
        return items;
    }
}
