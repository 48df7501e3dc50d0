namespace NkHandouts.Import.Tests;

/// <summary>Markdown → briefing → import gives back the article byte for byte: for every article in content/ and
/// for a synthetic article with every construct.</summary>
public sealed class IdentityTests
{
    public static TheoryData<string> ContentArticles() => new(Directory.GetFiles(Repo.Content, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ContentArticles))]
    public void Content_article_comes_back_byte_for_byte(string name)
    {
        using var dir = new TempDir();
        var article = Path.Combine(dir.Path, name);
        File.Copy(Path.Combine(Repo.Content, name), article);
        var result = RoundTrip.Import(RoundTrip.Briefing(article), article, dir.Path);
        AssertIdentity(article, result);
    }

    [Fact]
    public void Every_construct_comes_back_byte_for_byte()
    {
        using var every = new EveryConstruct();
        var result = RoundTrip.Import(RoundTrip.Briefing(every.Path), every.Path, every.Folder);
        AssertIdentity(every.Path, result);
    }

    [Fact]
    public void Crlf_and_bom_survive_the_round_trip()
    {
        using var every = new EveryConstruct();
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(every.Path).Replace("\n", "\r\n"))).ToArray();
        File.WriteAllBytes(every.Path, bytes);
        var result = RoundTrip.Import(RoundTrip.Briefing(every.Path), every.Path, every.Folder);
        AssertIdentity(every.Path, result);
    }

    internal static void AssertIdentity(string article, ImportResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.True(result.Diff.Length == 0, result.Diff);
        Assert.Equal(File.ReadAllBytes(article), System.Text.Encoding.UTF8.GetBytes(result.NewText));
        Assert.Equal((0, 0, 0), (result.Changed, result.Added, result.Deleted));
    }
}
