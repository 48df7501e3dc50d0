using System.Text.Json;
using NkHandouts.Content;

namespace NkHandouts.Cli.Tests;

/// <summary>The patient version passes the patient policy and the full article fails it: the check tells them apart.</summary>
public sealed class PatientContentTests
{
    private static string Patient => Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.md");

    [Fact]
    public void Patient_version_passes_the_patient_policy_at_grade_7_or_below()
    {
        var (exit, output, error) = CliRunner.Run("check", Patient, "--audience", "patients", "--format", "json", "--content", Repo.Content, "--templates", Repo.Templates);
        Assert.True(exit == 0, output + error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("scores").GetProperty("consensusGrade").GetDouble() <= 7);
        Assert.Empty(json.RootElement.GetProperty("longSentences").EnumerateArray());
    }

    [Fact]
    public void Full_article_fails_the_patient_policy()
    {
        var (exit, _, _) = CliRunner.Run("check", Repo.NkArticle, "--audience", "patients", "--content", Repo.Content, "--templates", Repo.Templates);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Patient_version_has_the_boxes_a_patient_leaflet_needs()
    {
        var article = ArticleLoader.Load(Patient).Value!;
        var kinds = article.Blocks.OfType<CalloutBlock>().Select(c => c.Kind).ToHashSet();
        Assert.Superset(new HashSet<CalloutKind> { CalloutKind.KeyPoints, CalloutKind.Myth, CalloutKind.Fact, CalloutKind.Questions, CalloutKind.LearnMore, CalloutKind.Disclaimer }, kinds);
        Assert.Equal(3, article.Blocks.OfType<CalloutBlock>().Count(c => c.Kind == CalloutKind.Myth));
        Assert.Equal("patients", article.Metadata.Audience);
        Assert.Contains("does not replace advice from your care team", File.ReadAllText(Patient));
    }
}
