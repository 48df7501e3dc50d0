using System.Text.Json;

namespace NkHandouts.Cli.Tests;

/// <summary><c>nkhandouts verify</c> end to end: built leaflets pass, a PDF without the PDF/UA claim fails with
/// located findings, and JSON and SARIF carry the same findings.</summary>
public sealed class VerifyCommandTests : IClassFixture<VerifyCommandTests.Built>
{
    private readonly Built built;

    public VerifyCommandTests(Built built) => this.built = built;

    [Fact]
    public void Built_reading_pdfs_pass_and_exit_0()
    {
        var (exit, output, error) = CliRunner.Run(["verify", .. built.ReadingPdfs]);
        Assert.True(exit == 0, output + error);
        Assert.All(built.ReadingPdfs, f => Assert.Contains($"{f}: pass", output));
    }

    [Fact]
    public void Print_option_adds_the_pdf_x_4_check_print_files_pass_and_screen_files_fail_it()
    {
        var print = built.ReadingPdfs.Where(p => p.EndsWith(".print.pdf", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(print);
        var (exit, output, error) = CliRunner.Run(["verify", "--print", .. print]);
        Assert.True(exit == 0, output + error);
        Assert.All(print, f => Assert.Contains($"{f}: pass", output));

        var screen = built.ReadingPdfs.First(p => p.EndsWith(".a4.pdf", StringComparison.Ordinal));
        var (failed, report, _) = CliRunner.Run("verify", "--print", screen);
        Assert.Equal(1, failed);
        Assert.Contains("pdfx4/output-intent", report);
        Assert.Equal(0, CliRunner.Run("verify", screen).Exit);
    }

    [Fact]
    public void Imposed_sheets_do_not_claim_pdf_ua_and_fail_with_rule_ids()
    {
        var (exit, output, _) = CliRunner.Run("verify", built.Imposed);
        Assert.Equal(1, exit);
        Assert.Contains("FAIL", output);
        Assert.Contains("pdfua1/06-002", output);
    }

    [Fact]
    public void Json_lists_each_file_with_its_findings()
    {
        var (exit, output, _) = CliRunner.Run("verify", "--format", "json", built.ReadingPdfs[0], built.Imposed);
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.True(files[0].GetProperty("passed").GetBoolean());
        Assert.False(files[1].GetProperty("passed").GetBoolean());
        Assert.Contains(files[1].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "06-002" && f.GetProperty("check").GetString() == "pdfua1");
    }

    [Fact]
    public void Sarif_has_the_rules_and_one_result_per_finding()
    {
        var (_, output, _) = CliRunner.Run("verify", "--format", "sarif", built.Imposed);
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("pdfua1/13-004", rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "pdfua1/06-002");
        Assert.All(results, r => Assert.True(r.GetProperty("ruleIndex").GetInt32() >= 0));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_a_finding_and_a_missing_file_exits_2()
    {
        using var dir = new TempDir();
        var text = dir.Combine("not.pdf");
        File.WriteAllText(text, "hello");
        var (exit, output, _) = CliRunner.Run("verify", text);
        Assert.Equal(1, exit);
        Assert.Contains("file/unreadable", output);

        var (missing, _, error) = CliRunner.Run("verify", dir.Combine("absent.pdf"));
        Assert.Equal(2, missing);
        Assert.Contains("NK001", error);
    }

    /// <summary>One build of the sample content for the class.</summary>
    public sealed class Built : IDisposable
    {
        private readonly ProjectCopy project = new();

        public Built()
        {
            var (exit, output, error) = CliRunner.Run(project.Args("build"));
            Assert.True(exit == 0, output + error);
            var pdfs = Directory.GetFiles(project.Out, "*.pdf").Order(StringComparer.Ordinal).ToList();
            ReadingPdfs = pdfs.Where(p => !p.EndsWith(".imposed.pdf", StringComparison.Ordinal)).ToArray();
            Imposed = pdfs.Single(p => p.EndsWith(".imposed.pdf", StringComparison.Ordinal));
        }

        public string[] ReadingPdfs { get; }

        public string Imposed { get; }

        public void Dispose() => project.Dispose();
    }
}
