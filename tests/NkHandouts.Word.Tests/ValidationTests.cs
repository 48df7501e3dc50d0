namespace NkHandouts.Word.Tests;

/// <summary>Every briefing passes the Open XML SDK's schema and semantic validation for Office 2019.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Nk_article_with_builtin_styles_validates_with_zero_errors() =>
        AssertValid(Briefings.Render(Briefings.NkArticle(), Briefings.BuiltIn()));

    [Fact]
    public void Nk_article_with_the_reference_document_validates_with_zero_errors() =>
        AssertValid(Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate()));

    [Fact]
    public void Article_using_every_block_kind_validates_with_zero_errors()
    {
        using var synthetic = new SyntheticArticle();
        AssertValid(Briefings.Render(synthetic.Article, Briefings.BuiltIn()));
        AssertValid(Briefings.Render(synthetic.Article, Briefings.ClinicianTemplate()));
    }

    [Fact]
    public void Committed_reference_document_validates_with_zero_errors() =>
        AssertValid(File.ReadAllBytes(Path.Combine(Repo.Templates, "clinician-briefing", "reference.docx")));

    private static void AssertValid(byte[] docx)
    {
        var errors = Briefings.ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
