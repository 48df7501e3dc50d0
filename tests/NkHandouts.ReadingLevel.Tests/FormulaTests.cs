using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>Each formula against values worked by hand (the arithmetic is in the comments).</summary>
public class FormulaTests
{
    // W = 100, S = 5, Sy = 150, 3+ syllable words = 10, Fog-complex = 8, letters = 450.
    private static readonly TextCounts Small = new(100, 5, 150, 10, 8, 450);

    // W = 300, S = 30, Sy = 420, complex = 30, Fog-complex = 30, letters = 1350.
    private static readonly TextCounts Thirty = new(300, 30, 420, 30, 30, 1350);

    [Fact]
    public void FleschReadingEase() =>
        // 206.835 − 1.015·(100/5) − 84.6·(150/100) = 206.835 − 20.3 − 126.9 = 59.635
        Assert.Equal(59.635, Readability.FleschReadingEase(Small), 6);

    [Fact]
    public void FleschKincaidGrade() =>
        // 0.39·20 + 11.8·1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
        Assert.Equal(9.91, Readability.FleschKincaidGrade(Small), 6);

    [Fact]
    public void GunningFog() =>
        // 0.4·(20 + 100·8/100) = 0.4·28 = 11.2
        Assert.Equal(11.2, Readability.GunningFog(Small), 6);

    [Fact]
    public void Smog() =>
        // 1.043·√(10·30/5) + 3.1291 = 1.043·√60 + 3.1291 = 1.043·7.745967 + 3.1291 = 11.208143
        Assert.Equal(11.208143, Readability.Smog(Small), 5);

    [Fact]
    public void ColemanLiau() =>
        // L = 450 letters per 100 words, S = 5 sentences per 100 words: 0.0588·450 − 0.296·5 − 15.8 = 26.46 − 1.48 − 15.8 = 9.18
        Assert.Equal(9.18, Readability.ColemanLiau(Small), 6);

    [Fact]
    public void AutomatedReadabilityIndex() =>
        // 4.71·(450/100) + 0.5·(100/5) − 21.43 = 21.195 + 10 − 21.43 = 9.765
        Assert.Equal(9.765, Readability.AutomatedReadabilityIndex(Small), 6);

    [Fact]
    public void ConsensusLeavesSmogOutBelowThirtySentences() =>
        // FK 9.91, Fog 11.2, CLI 9.18, ARI 9.765 → sorted 9.18, 9.765, 9.91, 11.2 → (9.765 + 9.91)/2 = 9.8375
        Assert.Equal(9.8375, Readability.Score(Small).ConsensusGrade, 6);

    [Fact]
    public void ConsensusIsTheMedianOfFiveFromThirtySentences()
    {
        // FK 0.39·10 + 11.8·1.4 − 15.59 = 4.83; Fog 0.4·(10 + 10) = 8; SMOG 1.043·√30 + 3.1291 = 8.841846;
        // CLI 0.0588·450 − 0.296·10 − 15.8 = 7.7; ARI 21.195 + 5 − 21.43 = 4.765 → median 7.7
        var s = Readability.Score(Thirty);
        Assert.Equal(8.841846, s.Smog, 5);
        Assert.Equal(7.7, s.ConsensusGrade, 6);
    }

    [Fact]
    public void SmallTextEndToEnd()
    {
        // "The cat sat on the mat. The dog ran.": W 9, S 2, Sy 9, letters 3+3+3+2+3+3+3+3+3 = 26.
        // FK = 0.39·4.5 + 11.8·1 − 15.59 = −2.035; FRE = 206.835 − 4.5675 − 84.6 = 117.6675
        var r = Analyze.Text("The cat sat on the mat. The dog ran.");
        Assert.Equal(new TextCounts(9, 2, 9, 0, 0, 26), r.Counts);
        Assert.Equal(-2.035, r.Scores.FleschKincaidGrade, 6);
        Assert.Equal(117.6675, r.Scores.FleschReadingEase, 6);
        Assert.Equal(0, r.Scores.ConsensusGrade); // below zero is reported as zero
    }

    [Fact]
    public void EmptyTextScoresZero() => Assert.Equal(ReadabilityScores.Zero, Analyze.Text("").Scores);
}
