namespace NkHandouts.ReadingLevel.Tests;

/// <summary>One test per counting rule of issue 3 (docs/reading-level.md, "Counting rules").</summary>
public class CountingRuleTests
{
    [Theory]
    [InlineData("Dr. Smith saw Mr. Jones today.")]
    [InlineData("Eat fruit, e.g. apples, i.e. fresh ones.")]
    [InlineData("It was drug A vs. drug B in the trial.")]
    [InlineData("He lives in the U.S. and likes it.")]
    [InlineData("Take apples, pears, etc. and eat them.")]
    public void TitlesAndLatinAbbreviationsDoNotEndSentences(string text) => Assert.Single(Analyze.Sentences(text));

    [Fact]
    public void EtcBeforeACapitalEndsTheSentence() =>
        Assert.Equal(2, Analyze.Sentences("Bring apples, pears, etc. The rest is here.").Count);

    [Fact]
    public void InitialsDoNotEndSentences() => Assert.Single(Analyze.Sentences("J. R. Smith wrote the book."));

    [Fact]
    public void DecimalsAndDosesAreOneSentenceAndOneWord()
    {
        Assert.Single(Analyze.Sentences("Take 2.5 mg twice a day."));
        Assert.Equal(6, Analyze.Words("Take 2.5 mg twice a day."));
        Assert.Equal(1, Analyze.Words("2.5"));
        Assert.Equal(3, Analyze.Syllables("2.5")); // two point five
    }

    [Fact]
    public void NumbersAreWordsWithSyllables()
    {
        Assert.Equal(1, Analyze.Words("2025"));
        Assert.Equal(5, Analyze.Syllables("2025")); // twen-ty twen-ty-five
        Assert.Equal(2, Analyze.Words("$34 billion"));
        Assert.Equal(5, Analyze.Syllables("$34 billion")); // thir-ty-four bil-lion
        Assert.Equal(3, Analyze.Syllables("1,000")); // one thou-sand
    }

    [Fact]
    public void ListItemsAndHeadingsWithoutFullStopAreSentencesOfTheirOwn()
    {
        Assert.Equal(3, Analyze.Sentences("- Rest well\n- Drink water\n- Call us").Count);
        var md = Analyze.Markdown("## Side effects\n\nMost people feel fine.\n\n- Rest well\n- Drink water\n");
        Assert.Equal(5, md.Counts.Sentences); // title, heading, paragraph, two items
    }

    [Fact]
    public void PlainTextHeadingDoesNotMergeWithTheNextLine() =>
        Assert.Equal(2, Analyze.Sentences("What to expect\nMost people feel fine after the drip.").Count);

    /// <summary>Issue 19: a line break inside a paragraph is not a sentence end, even when every line is capitals.</summary>
    [Fact]
    public void HardWrappedCapitalsStayOneParagraph() =>
        Assert.Equal(2, Analyze.Sentences("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY\nKIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE\n"
            + "WARRANTIES OF MERCHANTABILITY. IN NO EVENT SHALL THE AUTHORS\nOR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR\nOTHER LIABILITY.").Count);

    [Fact]
    public void FullStopInsideQuotesEndsTheSentence() =>
        Assert.Equal(2, Analyze.Sentences("The myth says 'NK Cells Work Alone.' It is wrong.").Count);

    [Fact]
    public void SentencesMayStartInLowerCaseOrWithABracket() =>
        Assert.Equal(3, Analyze.Sentences("It works. then it stops. (This is rare.) ").Count);

    [Fact]
    public void NoSpaceAfterAFullStopStillEndsTheSentence()
    {
        Assert.Equal(2, Analyze.Sentences("It was a long year.The next was better.").Count);
        Assert.Equal(9, Analyze.Words("It was a long year.The next was better."));
    }

    [Fact]
    public void AllCapsWordsAreReadAsWords()
    {
        Assert.Equal(2, Analyze.Syllables("WARNING")); // warn-ing, not spelt out
        Assert.Equal(2, Analyze.Syllables("DO NOT"));
    }

    [Fact]
    public void HyphenatedCompoundsAreOneWordWithSyllablesSummed()
    {
        Assert.Equal(1, Analyze.Words("one-size-fits-all"));
        Assert.Equal(4, Analyze.Syllables("one-size-fits-all"));
    }

    [Fact]
    public void EmDashWithoutSpacesSeparatesTwoWords()
    {
        Assert.Equal(2, Analyze.Words("cancer—some"));
        Assert.Equal(3, Analyze.Syllables("cancer—some"));
    }

    [Theory]
    [InlineData("didn't", 1, 2)]
    [InlineData("didn’t", 1, 2)]
    [InlineData("don't", 1, 1)]
    [InlineData("it’s", 1, 1)]
    [InlineData("they're", 1, 1)]
    public void ContractionsWithStraightOrCurlyApostrophes(string word, int words, int syllables)
    {
        Assert.Equal(words, Analyze.Words(word));
        Assert.Equal(syllables, Analyze.Syllables(word));
    }

    [Fact]
    public void SlashSeparatesWords() => Assert.Equal(2, Analyze.Words("and/or"));

    [Fact]
    public void EllipsisIsNotAWordAndEndsASentenceOnlyBeforeACapital()
    {
        Assert.Equal(3, Analyze.Words("wait … and see"));
        Assert.Single(Analyze.Sentences("We waited... and waited."));
        Assert.Equal(2, Analyze.Sentences("We waited… Then it came.").Count);
    }

    [Fact]
    public void UrlsAndEmailAddressesAreOneWordOfOneSyllable()
    {
        var r = Analyze.Text("See https://example.org/nk-cells.html or write to help@example.org today.");
        Assert.Equal(1, r.Counts.Sentences);
        Assert.Equal(7, r.Counts.Words); // See, the URL, or, write, to, the address, today
        Assert.Equal(1 + 1 + 1 + 1 + 1 + 1 + 2, r.Counts.Syllables);
    }

    [Theory]
    [InlineData("HIV", 3)]
    [InlineData("NK", 2)]
    [InlineData("nk", 2)]
    [InlineData("IFN-γ", 5)] // I-F-N gam-ma
    [InlineData("IL-12", 3)] // I-L twelve
    [InlineData("AIDS", 1)]
    public void AcronymsAreSpeltOut(string word, int syllables)
    {
        Assert.Equal(1, Analyze.Words(word));
        Assert.Equal(syllables, Analyze.Syllables(word));
    }

    [Fact]
    public void ListAndSectionNumbersAreNeitherWordsNorSentences()
    {
        var r = Analyze.Text("1. Take the pill.\n2. Drink water.\n\n1.1. Rest well.");
        Assert.Equal(3, r.Counts.Sentences);
        Assert.Equal(7, r.Counts.Words);
    }

    [Fact]
    public void ShortTextsCarryAWarning()
    {
        var r = Analyze.Text("A short text. It has two sentences.");
        Assert.Contains(r.Warnings, w => w.Contains("SMOG", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.Contains("100 words", StringComparison.Ordinal));
    }

    [Fact]
    public void CodeIsNotText()
    {
        var r = Analyze.Markdown("Plain words here.\n\n```\nvar x = compute(alpha, beta);\n```\n");
        Assert.Equal(4, r.Counts.Words); // Test + Plain words here
    }

    [Fact]
    public void PassiveSentencesAreFlagged()
    {
        var r = Analyze.Text("The cells are quickly cleared by the body. The body clears the cells.");
        Assert.Single(r.PassiveSentences);
        Assert.StartsWith("The cells are", r.PassiveSentences[0].Text, StringComparison.Ordinal);
    }
}
