using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Readiness.Items;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;

namespace NkHandouts.Readiness.Tests;

/// <summary>PEMAT-P and CDC items a program judges: each on an article that meets it and one that does not, with
/// the evidence located in the Markdown source.</summary>
public sealed class ItemTests
{
    private static readonly Glossary Terms = new([new GlossaryEntry("immunotherapy", "treatment that helps your immune system fight disease"), new GlossaryEntry("infusion", "a drip into a vein")]);

    private static ItemReport Judge(string body, string? summary = "A short summary.")
    {
        var text = "---\ntitle: T\nlanguage: en-US\naudience: patients\n" + (summary is null ? "" : $"summary: {summary}\n") + "---\n\n" + body;
        var article = ArticleLoader.Parse(text, "a.md", ArticleLoadOptions.Default, new DiagnosticBag()).Value!;
        var reading = new ReadingAnalyzer(glossary: Terms).Analyze(TextDocument.FromArticle(article, text));
        return ItemAnalyzer.Analyze(article, reading, Terms);
    }

    private static ItemResult Item(ItemReport r, string instrument, string id) => r.Items.Single(i => i.Instrument == instrument && i.Id == id);

    private const string Good = """
        NK cell therapy is a kind of immunotherapy. Immunotherapy is a treatment that helps your immune system fight disease.

        ::: keypoints
        - It is not a cure for every cancer.
        - Ask your care team if it could help you.
        :::

        ## What the treatment is like

        You get the cells through an infusion, a drip into a vein. It takes about 1 hour.

        ## Questions you can ask

        ::: questions
        - Could this treatment help me?
        - Who can I call if I feel unwell?
        :::

        Call the clinic if you have a fever.
        """;

    private const string Poor = """
        ## Introduction

        The infusion is given by the nurses. The results were reviewed by the doctors. Immunotherapy was developed by scientists over many years. The cells are collected and are then grown in the laboratory, where they are carefully checked and are tested and are counted again and again before they are given back.

        ## Background

        Response rates of 12.5% and 3 in 20 were reported, so calculate your own chance by multiplying the rates. **THE RESULTS ARE VERY IMPORTANT AND EVERYTHING HERE MATTERS A LOT TO EVERYONE WHO READS THIS.**
        """;

    [Fact]
    public void Medical_terms_must_be_explained_at_first_use()
    {
        var good = Item(Judge(Good), "PEMAT-P", "4");
        Assert.Equal(Rating.Agree, good.Rating);
        var poor = Item(Judge(Poor), "PEMAT-P", "4");
        Assert.Equal(Rating.Disagree, poor.Rating);
        Assert.Contains("'infusion'", poor.Evidence);
        Assert.Contains(poor.Locations, l => l.Path == "a.md" && l.Line == 10);
    }

    [Fact]
    public void Active_voice_share_is_judged_from_the_passive_sentences()
    {
        Assert.Equal(Rating.Agree, Item(Judge(Good), "PEMAT-P", "5").Rating);
        var poor = Item(Judge(Poor), "PEMAT-P", "5");
        Assert.Equal(Rating.Disagree, poor.Rating);
        Assert.NotEmpty(poor.Locations);
    }

    [Fact]
    public void Short_sections_with_informative_headings()
    {
        var good = Judge(Good);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "8").Rating);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "9").Rating);
        var poor = Judge(Poor);
        Assert.Equal(Rating.Disagree, Item(poor, "PEMAT-P", "9").Rating); // "Introduction", "Background"
        Assert.Contains("\"Introduction\"", Item(poor, "PEMAT-P", "9").Evidence);
        var wall = Judge(string.Join("\n\n", Enumerable.Repeat("You can ask your nurse about the care you get at the clinic each week.", 20)));
        Assert.Equal(Rating.Disagree, Item(wall, "PEMAT-P", "8").Rating);
    }

    [Fact]
    public void Summary_or_key_points_first()
    {
        var good = Judge(Good);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "11").Rating);
        Assert.Equal(Rating.Agree, Item(good, "CDC CCI", "2").Rating);
        Assert.Equal(Rating.Agree, Item(good, "CDC CCI", "10").Rating);
        var late = Judge("## First part of the story\n\nText here for you.\n\n::: keypoints\n- One point.\n:::\n");
        Assert.Equal(Rating.Agree, Item(late, "PEMAT-P", "11").Rating); // a summary, but not first
        Assert.Equal(Rating.Disagree, Item(late, "CDC CCI", "2").Rating);
        Assert.Equal(Rating.Disagree, Item(Judge(Poor), "PEMAT-P", "11").Rating);
    }

    [Fact]
    public void Reader_addressed_as_you_with_a_clear_action()
    {
        var good = Judge(Good);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "20").Rating);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "21").Rating);
        Assert.Equal(Rating.Agree, Item(good, "CDC CCI", "5").Rating);
        var poor = Judge(Poor);
        Assert.Equal(Rating.Disagree, Item(poor, "PEMAT-P", "20").Rating);
        Assert.Equal(Rating.Disagree, Item(poor, "PEMAT-P", "21").Rating);
    }

    [Fact]
    public void Few_and_clear_numbers_and_no_calculations()
    {
        var good = Judge(Good);
        Assert.Equal(Rating.Agree, Item(good, "PEMAT-P", "6").Rating); // "about 1 hour": one plain number
        Assert.Equal(Rating.NotApplicable, Item(Judge("## A page for you to read\n\nYou can ask your nurse."), "PEMAT-P", "6").Rating);
        Assert.Equal(Rating.Agree, Item(good, "CDC CCI", "15").Rating);
        var poor = Judge(Poor);
        Assert.Equal(Rating.Disagree, Item(poor, "PEMAT-P", "6").Rating);
        Assert.Contains("12.5%", Item(poor, "PEMAT-P", "6").Evidence);
        Assert.Equal(Rating.Disagree, Item(poor, "PEMAT-P", "7").Rating);
        Assert.Equal(Rating.Disagree, Item(poor, "CDC CCI", "17").Rating);
    }

    [Fact]
    public void Visual_cues_used_but_not_overused()
    {
        Assert.Equal(Rating.Agree, Item(Judge(Good), "PEMAT-P", "12").Rating);
        var shouting = Item(Judge(Poor), "PEMAT-P", "12");
        Assert.Equal(Rating.Disagree, shouting.Rating);
        Assert.Contains("% of words bold or italic", shouting.Evidence);
    }

    [Fact]
    public void Items_a_program_cannot_judge_are_listed_to_review_and_left_out_of_the_scores()
    {
        var r = Judge(Good);
        Assert.Contains(r.ToReview, i => i.Instrument == "PEMAT-P" && i.Id == "1"); // purpose evident
        Assert.Contains(r.ToReview, i => i.Instrument == "CDC CCI" && i.Id == "1"); // one main message
        Assert.Equal(24, r.Items.Count(i => i.Instrument == "PEMAT-P")); // 17 understandability + 7 actionability
        Assert.Equal(20, r.Items.Count(i => i.Instrument == "CDC CCI"));
        Assert.Equal(100, r.Understandability);
        Assert.True(Judge(Poor).Understandability < 50);
    }
}
