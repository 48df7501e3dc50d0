using NkHandouts.Verify.Accessibility;

namespace NkHandouts.Verify.Tests;

/// <summary>Every reading PDF the sample content builds, and the table, image and every-construct articles in each
/// leaflet template, claim PDF/UA-1 and pass verify; imposed sheets claim nothing.</summary>
public sealed class SampleOutputTests
{
    private static readonly PdfVerifier Verifier = new([new PdfUaCheck()]);

    public static TheoryData<string> SampleNames => [.. Outputs.Samples.Select(s => s.Plan.FileName)];

    public static TheoryData<string> TestArticleNames => [.. Outputs.TestArticles.Select(s => s.Plan.FileName)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_outputs_pass_verify(string fileName) => AssertConforms(Outputs.Samples.Single(s => s.Plan.FileName == fileName));

    [Theory]
    [MemberData(nameof(TestArticleNames))]
    public void Table_image_and_every_construct_articles_pass_verify(string fileName) => AssertConforms(Outputs.TestArticles.Single(s => s.Plan.FileName == fileName));

    [Fact]
    public void The_sample_outputs_include_every_leaflet_template_and_imposed_sheets()
    {
        var names = Outputs.Samples.Select(s => s.Plan.FileName).ToList();
        Assert.Contains(names, n => n.Contains(".trifold-leaflet.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains(".booklet-a5.a5.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".print.pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".imposed.pdf", StringComparison.Ordinal));
    }

    private static void AssertConforms(Rendered output)
    {
        if (output.Plan.FileName.EndsWith(".imposed.pdf", StringComparison.Ordinal))
        {
            Assert.False(output.ClaimsPdfUa, "imposed press sheets are not reading PDFs and must not claim PDF/UA");
            return;
        }

        Assert.True(output.ClaimsPdfUa, $"{output} does not claim PDF/UA-1");
        var verdict = Verifier.Verify(output.Path, output.Bytes);
        Assert.True(verdict.Passed, $"{output.Path}:\n{string.Join("\n", verdict.Findings)}");
    }
}
