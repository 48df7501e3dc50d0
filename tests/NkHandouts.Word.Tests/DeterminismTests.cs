using System.Globalization;
using System.IO.Compression;

namespace NkHandouts.Word.Tests;

/// <summary>The same article and template give the same bytes, whatever the culture or how often it runs.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_renders_of_the_nk_article_are_byte_identical()
    {
        var article = Briefings.NkArticle();
        var template = Briefings.ClinicianTemplate();
        Assert.Equal(Briefings.Render(article, template), Briefings.Render(article, template));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Culture_does_not_change_the_bytes(string culture)
    {
        using var synthetic = new SyntheticArticle();
        var template = Briefings.ClinicianTemplate();
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Briefings.Render(synthetic.Article, template));
        var other = WithCulture(CultureInfo.GetCultureInfo(culture), () => Briefings.Render(synthetic.Article, template));
        Assert.Equal(invariant, other);
    }

    [Fact]
    public void Zip_entries_have_a_fixed_time_and_order()
    {
        using var zip = new ZipArchive(new MemoryStream(Briefings.Render(Briefings.NkArticle(), Briefings.BuiltIn())));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["[Content_Types].xml", "_rels/.rels"], names.Take(2));
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
    }

    [Fact]
    public void Committed_reference_document_is_what_the_generator_writes()
    {
        using var stream = new MemoryStream();
        Assert.Empty(Styles.ReferenceDocumentWriter.Write(Briefings.ClinicianTemplate(), stream));
        var committed = File.ReadAllBytes(Path.Combine(Repo.Templates, "clinician-briefing", "reference.docx"));
        Assert.True(committed.AsSpan().SequenceEqual(stream.ToArray()),
            "templates/clinician-briefing/reference.docx differs from what 'nkhandouts template reference clinician-briefing' writes; regenerate it (or, if it was restyled in Word on purpose, delete this test's expectation)");
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
