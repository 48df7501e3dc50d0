using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>
/// The Spanish formulas with their published coefficients, on counts worked by hand (arithmetic in the comments),
/// and the INFLESZ bands at the boundaries printed in Barrio-Cantalejo et al. (2008), table 2.
/// </summary>
public class SpanishFormulaTests
{
    // W = 100, S = 5, Sy = 200, 3+ syllable words = 20.
    private static readonly TextCounts Sample = new(100, 5, 200, 20, 0, 450);

    // W = 300, S = 30, Sy = 570, polysyllables = 30: a 30-sentence SMOG sample.
    private static readonly TextCounts Thirty = new(300, 30, 570, 30, 0, 1350);

    [Fact]
    public void FernandezHuerta() =>
        // 206.84 − 0.60·(200 syllables per 100 words) − 1.02·(100/5 words per sentence) = 206.84 − 120 − 20.4 = 66.44
        Assert.Equal(66.44, SpanishReadability.FernandezHuerta(Sample), 6);

    [Fact]
    public void SzigrisztPazos() =>
        // 206.835 − 62.3·(200/100) − 100/5 = 206.835 − 124.6 − 20 = 62.235
        Assert.Equal(62.235, SpanishReadability.SzigrisztPazos(Sample), 6);

    [Fact]
    public void SolOnAThirtySentenceSample() =>
        // SMOG = 3 + √30 = 8.477226; SOL = −2.51 + 0.74·8.477226 = 3.763147
        Assert.Equal(3.763147, SpanishReadability.Sol(Thirty), 5);

    [Fact]
    public void SolScalesPolysyllablesToThirtySentences() =>
        // 20 polysyllables in 5 sentences = 120 per 30: SMOG = 3 + √120 = 13.954451; SOL = −2.51 + 0.74·13.954451 = 7.816294
        Assert.Equal(7.816294, SpanishReadability.Sol(Sample), 5);

    [Fact]
    public void ScoreCombinesThemAndReadsTheBand()
    {
        var s = SpanishReadability.Score(Sample);
        Assert.Equal(InfleszBand.Normal, s.Inflesz); // 62.2 is in 55–65
        Assert.Equal(7.816294, s.Sol, 5);
    }

    [Theory]
    [InlineData(39.9, InfleszBand.MuyDificil)]
    [InlineData(40, InfleszBand.AlgoDificil)]
    [InlineData(54.9, InfleszBand.AlgoDificil)]
    [InlineData(55, InfleszBand.Normal)]
    [InlineData(64.9, InfleszBand.Normal)]
    [InlineData(65, InfleszBand.BastanteFacil)]
    [InlineData(80, InfleszBand.BastanteFacil)]
    [InlineData(80.1, InfleszBand.MuyFacil)]
    public void InfleszBands(double perspicuity, InfleszBand band) => Assert.Equal(band, Inflesz.Band(perspicuity));

    [Theory]
    [InlineData("bastante fácil", InfleszBand.BastanteFacil)]
    [InlineData("Muy difícil", InfleszBand.MuyDificil)]
    [InlineData("normal", InfleszBand.Normal)]
    public void BandNamesParse(string name, InfleszBand band) => Assert.Equal(band, Inflesz.Parse(name));

    [Fact]
    public void EmptyTextScoresZero() => Assert.Equal(SpanishScores.Zero, SpanishReadability.Score(TextCounts.Empty));
}
