using System.Text.Json;

namespace NkHandouts.Cli.Tests;

/// <summary><c>nkhandouts check</c> on Spanish text: the language is reported and only Spanish formulas are shown.</summary>
public class SpanishCheckTests
{
    private const string Article = "---\ntitle: Células NK\nlanguage: es-US\naudience: patients\n---\n\n"
        + "Las células NK son parte de sus defensas. Ayudan a su cuerpo a luchar contra el cáncer. "
        + "¿Funcionan siempre? No. Hable con la Dra. Pérez sobre los ensayos en EE. UU.\n";

    private static (int Exit, string Out, string Err) Check(params string[] args) =>
        CliRunner.Run(["check", .. args, "--content", Repo.Content, "--templates", Repo.Templates]);

    [Fact]
    public void TextReportNamesTheLanguageAndSpanishFormulas()
    {
        using var dir = new TempDir();
        var file = dir.File("nk.es.md", Article);
        var (_, output, _) = Check(file);
        Assert.Contains("Spanish (es-US)", output, StringComparison.Ordinal);
        Assert.Contains("Szigriszt-Pazos (INFLESZ)", output, StringComparison.Ordinal);
        Assert.Contains("SOL grade", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Flesch", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Gunning", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHasTheLanguageAndSpanishScoresOnly()
    {
        using var dir = new TempDir();
        var file = dir.File("nk.es.md", Article);
        var (_, output, _) = Check(file, "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("Spanish", root.GetProperty("language").GetString());
        Assert.Equal("es-US", root.GetProperty("languageTag").GetString());
        var scores = root.GetProperty("scores");
        Assert.True(scores.TryGetProperty("szigrisztPazos", out _));
        Assert.True(scores.TryGetProperty("fernandezHuerta", out _));
        Assert.True(scores.TryGetProperty("sol", out _));
        Assert.False(scores.TryGetProperty("fleschReadingEase", out _));
        Assert.Equal(6, root.GetProperty("sentences").GetInt32()); // title + 5: Dr. and EE. UU. end nothing; ¿…? does
    }

    [Fact]
    public void PlainTextTakesItsLanguageFromTheOption()
    {
        using var dir = new TempDir();
        var file = dir.File("nota.txt", "Tome una pastilla al día.\nBeba agua con ella.\n");
        var (_, output, _) = Check(file, "--language", "es", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Spanish", doc.RootElement.GetProperty("language").GetString());
    }
}
