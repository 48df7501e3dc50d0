namespace NkHandouts.Build.Tests;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    public void Parses_valid_shards(string text, int i, int n)
    {
        Assert.True(Shard.TryParse(text, out var s));
        Assert.Equal(new Shard(i, n), s);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    public void Rejects_invalid_shards(string text) => Assert.False(Shard.TryParse(text, out _));
}
