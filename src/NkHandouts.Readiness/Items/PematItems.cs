using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using static NkHandouts.Readiness.Items.PlainLanguage;

namespace NkHandouts.Readiness.Items;

/// <summary>
/// PEMAT-P (AHRQ, Shoemaker, Wolf &amp; Brach, 2013; updated 2020): the 17 understandability and 7 actionability
/// items for print. Items a program can judge get agree/disagree with evidence and locations; the others are
/// "to review" (a person decides) or not applicable. Thresholds are documented in docs/readiness.md.
/// </summary>
public static class PematItems
{
    public const int MaxSectionWords = 200;
    public const double MinActivePercent = 85;
    public const double MaxEmphasisPercent = 10;

    public static IReadOnlyList<ItemResult> Judge(Article article, ArticleFacts f, ReadingReport reading, Glossary glossary)
    {
        var items = new List<ItemResult>();
        void U(string id, string q, Rating r, string evidence, IReadOnlyList<Diagnostics.SourceLocation>? at = null) =>
            items.Add(new ItemResult("PEMAT-P", id, "Understandability", q, r, evidence, at ?? []));
        void A(string id, string q, Rating r, string evidence, IReadOnlyList<Diagnostics.SourceLocation>? at = null) =>
            items.Add(new ItemResult("PEMAT-P", id, "Actionability", q, r, evidence, at ?? []));

        U("1", "The material makes its purpose completely evident.", Rating.ToReview,
            f.KeyPoints is { } kp ? $"a key points box at {kp}; summary: \"{article.Metadata.Summary ?? "—"}\"" : $"no key points box; summary: \"{article.Metadata.Summary ?? "—"}\"");
        U("2", "The material does not include information or content that distracts from its purpose.", Rating.ToReview, $"{f.Sections.Count} sections, {f.Words} words");

        var grade = reading.Grade;
        var complex = reading.Counts.ComplexWordPercent;
        U("3", "The material uses common, everyday language.", grade <= 8 && complex <= 15 ? Rating.Agree : Rating.Disagree,
            $"reading grade {grade:0.0} (≤ 8), {complex:0.0}% words of 3+ syllables (≤ 15%)");

        var (used, unexplained) = Terms(f, glossary);
        U("4", "Medical terms are used only to familiarize the audience with the terms; when used, they are defined.",
            used == 0 ? Rating.Agree : unexplained.Count == 0 ? Rating.Agree : Rating.Disagree,
            used == 0 ? "no glossary term is used" : unexplained.Count == 0 ? $"all {used} glossary terms used are explained at first use"
                : $"{unexplained.Count} of {used} glossary terms are not explained at first use: " + string.Join("; ", unexplained.Select(u => $"'{u.Term}' in {Quote(u.At)}")),
            unexplained.Select(u => u.At.Location).ToList());

        var active = ActivePercent(reading);
        U("5", "The material uses active voice.", active >= MinActivePercent ? Rating.Agree : Rating.Disagree,
            $"{Percent(active)} of {reading.Counts.Sentences} sentences active (≥ {MinActivePercent}%); possibly passive: {reading.PassiveSentences.Count}",
            reading.PassiveSentences.Select(s => s.Location).Take(20).ToList());

        var numbers = Numbers(f);
        var hard = numbers.Where(n => IsHard(n.Number)).ToList();
        U("6", "Numbers appearing in the material are clear and easy to understand.",
            numbers.Count == 0 ? Rating.NotApplicable : hard.Count == 0 && numbers.Count * 100 <= Math.Max(1, f.Words) * 2 ? Rating.Agree : Rating.Disagree,
            numbers.Count == 0 ? "no numbers" : $"{numbers.Count} numbers ({string.Join(", ", numbers.Select(n => n.Number).Distinct().Take(10))}); hard to read (decimals, %, ratios, 4+ digits): {hard.Count}",
            At(hard.Select(h => h.At)));

        var calc = CalculationCues(f);
        U("7", "The material does not expect the user to perform calculations.", numbers.Count == 0 && calc.Count == 0 ? Rating.NotApplicable : calc.Count == 0 ? Rating.Agree : Rating.Disagree,
            calc.Count == 0 ? "no calculation asked for" : "asks for a calculation: " + string.Join("; ", calc.Select(Quote)), At(calc));

        var longest = f.Sections.OrderByDescending(s => s.Words).First();
        U("8", "The material breaks or \"chunks\" information into short sections.", f.Headings.Count > 0 && longest.Words <= MaxSectionWords ? Rating.Agree : Rating.Disagree,
            $"{f.Headings.Count} headings; longest section {longest.Words} words under \"{longest.Heading}\" at {longest.Location} (≤ {MaxSectionWords})",
            f.Sections.Where(s => s.Words > MaxSectionWords).Select(s => s.Location).ToList());

        var vague = f.Headings.Where(h => IsVague(h.PlainText)).ToList();
        U("9", "The material's sections have informative headers.", f.Headings.Count == 0 ? Rating.Disagree : vague.Count == 0 ? Rating.Agree : Rating.Disagree,
            f.Headings.Count == 0 ? "no headings" : vague.Count == 0 ? $"{f.Headings.Count} headings, none generic or one word: " + string.Join(" | ", f.Headings.Select(h => h.PlainText).Take(8))
                : "generic headings: " + string.Join(", ", vague.Select(h => $"\"{h.PlainText}\" ({h.Source})")),
            vague.Select(h => h.Source).ToList());

        U("10", "The material presents information in a logical sequence.", Rating.ToReview, "heading order: " + string.Join(" → ", f.Headings.Select(h => h.PlainText)));

        var summaryHeading = f.Headings.FirstOrDefault(h => SummaryHeading(h.PlainText));
        U("11", "The material provides a summary.", f.KeyPoints is not null || summaryHeading is not null ? Rating.Agree : Rating.Disagree,
            f.KeyPoints is { } k ? $"key points box at {k}" : summaryHeading is { } sh ? $"summary section \"{sh.PlainText}\" at {sh.Source}" : "no key points box or summary section",
            f.KeyPoints is { } k2 ? [k2] : summaryHeading is { } sh2 ? [sh2.Source] : []);

        var emphasis = f.Words == 0 ? 0 : 100.0 * f.EmphasisedWords / f.Words;
        var cues = f.Headings.Count + f.Lists + article.Blocks.OfType<CalloutBlock>().Count() + (f.EmphasisedWords > 0 ? 1 : 0);
        U("12", "The material uses visual cues (arrows, boxes, bullets, bold, larger font, highlighting) to draw attention to key points.",
            cues > 0 && emphasis <= MaxEmphasisPercent ? Rating.Agree : Rating.Disagree,
            $"{f.Headings.Count} headings, {f.Lists} lists, {article.Blocks.OfType<CalloutBlock>().Count()} boxes; {emphasis:0.0}% of words bold or italic (≤ {MaxEmphasisPercent}%, not overused)");

        U("15", "The material uses visual aids whenever they could make content more easily understood.", Rating.ToReview, $"{f.Images} images, {f.Tables} tables");
        var noVisual = f.Images == 0 ? Rating.NotApplicable : Rating.ToReview;
        U("16", "The material's visual aids reinforce rather than distract from the content.", noVisual, $"{f.Images} images");
        var captioned = article.Blocks.OfType<ImageBlock>().Count(i => !string.IsNullOrWhiteSpace(i.AltText) && !string.IsNullOrWhiteSpace(i.Title));
        U("17", "The material's visual aids have clear titles or captions.", f.Images == 0 ? Rating.NotApplicable : captioned == f.Images ? Rating.Agree : Rating.Disagree,
            $"{captioned} of {f.Images} images have a caption (title) and alt text", article.Blocks.OfType<ImageBlock>().Select(i => i.Source).ToList());
        U("18", "The material uses illustrations and photographs that are clear and uncluttered.", noVisual, $"{f.Images} images");
        var tables = article.Blocks.OfType<TableBlock>().ToList();
        var badTables = tables.Where(t => t.Header is null || t.Header.Cells.Any(c => ArticleFacts.WordCount(c.PlainText) > 4)).ToList();
        U("19", "The material uses simple tables with short and clear row and column headings.", tables.Count == 0 ? Rating.NotApplicable : badTables.Count == 0 ? Rating.Agree : Rating.Disagree,
            tables.Count == 0 ? "no tables" : $"{badTables.Count} of {tables.Count} tables lack a header row or have headings over 4 words", badTables.Select(t => t.Source).ToList());

        var actions = Actions(f);
        var questions = f.Questions;
        A("20", "The material clearly identifies at least one action the user can take.", actions.Count > 0 || questions is not null ? Rating.Agree : Rating.Disagree,
            (questions is not null ? $"questions to ask at {questions.Source}; " : "") + $"{actions.Count} action sentences" + (actions.Count > 0 ? ", e.g. " + Quote(actions[0]) : ""),
            At(actions));
        var you = YouCount(f);
        A("21", "The material addresses the user directly when describing actions.", actions.Count == 0 && questions is null ? Rating.Disagree : you > 0 ? Rating.Agree : Rating.Disagree,
            $"\"you\"/\"your\" {you} times in {f.Words} words ({(f.Words == 0 ? 0 : 100.0 * you / f.Words):0.0} per 100)");
        A("22", "The material breaks down any action into manageable, explicit steps.", actions.Count == 0 && questions is null ? Rating.NotApplicable : f.Lists > 0 ? Rating.ToReview : Rating.Disagree,
            f.Lists > 0 ? $"{f.Lists} lists; a person checks that the actions are in them" : "actions are not broken into a list");
        A("23", "The material provides a tangible tool (menu planners, checklists) whenever it could help the user take action.", Rating.ToReview,
            questions is not null ? $"a list of questions to ask at {questions.Source}" : "no checklist or question list");
        A("24", "The material provides simple instructions or examples of how to perform calculations.", calc.Count == 0 ? Rating.NotApplicable : Rating.ToReview, calc.Count == 0 ? "no calculation asked for" : $"{calc.Count} calculation cues");
        A("25", "The material explains how to use the charts, graphs, tables, or diagrams to take actions.", f.Images + f.Tables == 0 ? Rating.NotApplicable : Rating.ToReview, $"{f.Images} images, {f.Tables} tables");
        A("26", "The material uses visual aids whenever they could make it easier to act on the instructions.", Rating.ToReview, $"{f.Images} images");
        return items;
    }

    /// <summary>Headings that name a part of a document rather than what it says.</summary>
    internal static bool IsVague(string heading)
    {
        var h = heading.Trim().TrimEnd(':').ToLowerInvariant();
        string[] generic = ["introduction", "overview", "background", "details", "information", "more information", "other", "miscellaneous", "general", "notes", "section", "part", "content", "discussion", "conclusion"];
        return ArticleFacts.WordCount(h) < 2 || generic.Contains(h) || System.Text.RegularExpressions.Regex.IsMatch(h, @"^(section|part|chapter)\s+\d+$");
    }

    internal static bool SummaryHeading(string heading) =>
        System.Text.RegularExpressions.Regex.IsMatch(heading, @"\b(summary|key points|in short|in brief|what (this|it) means for you|the main points|remember)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
