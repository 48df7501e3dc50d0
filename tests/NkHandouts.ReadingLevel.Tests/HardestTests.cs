using NkHandouts.ReadingLevel.Analysis;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>The bounded selection of the hardest sentences returns exactly what the sort it replaced returned.</summary>
public class HardestTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(3, 5)]
    [InlineData(50, 1)]
    [InlineData(500, 5)]
    [InlineData(500, 8)]
    [InlineData(20, 0)]
    public void Matches_a_stable_descending_sort(int items, int count)
    {
        var random = new Random(items * 31 + count);
        for (var round = 0; round < 50; round++)
        {
            // Few distinct values, so ties are common; NaN and infinities as a score can produce them.
            var values = new[] { 1.5, 2.0, 7.25, -3.0, 0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
            var scores = Enumerable.Range(0, items).Select(_ => values[random.Next(values.Length)]).ToArray();
            var expected = scores.Select((s, i) => (s, i)).OrderByDescending(x => x.s).ThenBy(x => x.i).Take(count).Select(x => x.i).ToList();

            Assert.Equal(expected, Hardest.Indices(items, i => scores[i], count));
        }
    }
}
