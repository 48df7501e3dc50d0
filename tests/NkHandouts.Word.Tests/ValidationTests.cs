namespace NkHandouts.Word.Tests;

/// <summary>Every briefing passes the Open XML SDK's schema and semantic validation for Office 2019.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Nk_article_with_builtin_styles_validates_with_zero_errors()
    {
        var errors = Briefings.ValidationErrors(Briefings.Render(Briefings.NkArticle(), Briefings.BuiltIn()));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
