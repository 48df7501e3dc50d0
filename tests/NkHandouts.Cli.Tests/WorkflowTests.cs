using YamlDotNet.RepresentationModel;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The CI workflow cannot run here (no GitHub), so at least its shape is checked: valid YAML, the four triggers,
/// and steps that run the README's commands, upload the handouts and the SARIF, and write the job summary.
/// </summary>
public sealed class WorkflowTests
{
    [Fact]
    public void Handouts_workflow_has_the_triggers_and_steps_the_pipeline_needs()
    {
        var path = Repo.Path_(".github", "workflows", "handouts.yml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var on = (YamlMappingNode)root.Children[new YamlScalarNode("on")];
        var triggers = on.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["push", "pull_request", "schedule", "workflow_dispatch"], triggers);

        var job = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("jobs")]).Children[new YamlScalarNode("build")];
        var steps = ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        string Field(YamlMappingNode step, string key) =>
            step.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
        var runs = string.Join("\n", steps.Select(s => Field(s, "run")));
        var uses = steps.Select(s => Field(s, "uses")).ToList();

        Assert.Contains("bash .ci/run", runs);
        Assert.Contains("-- build", runs);
        Assert.Contains("SOURCE_DATE_EPOCH", runs);
        Assert.Contains("--format sarif", runs);
        Assert.Contains("GITHUB_STEP_SUMMARY", runs);
        Assert.Contains(uses, u => u.StartsWith("actions/upload-artifact", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));
        Assert.Contains("--shard", File.ReadAllText(path));
    }

    /// <summary>The build's diagnostics become annotations through a problem matcher: its pattern must read the lines
    /// the printer writes, located or not, with the file, line, column, severity, code and message in their groups.</summary>
    [Fact]
    public void Build_diagnostics_become_annotations_through_the_problem_matcher()
    {
        var workflow = File.ReadAllText(Repo.Path_(".github", "workflows", "handouts.yml"));
        Assert.Contains("::add-matcher::.github/nkhandouts-problem-matcher.json", workflow);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repo.Path_(".github", "nkhandouts-problem-matcher.json")));
        var pattern = json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new System.Text.RegularExpressions.Regex(pattern.GetProperty("regexp").GetString()!);
        string Group(System.Text.RegularExpressions.Match m, string name) => m.Groups[pattern.GetProperty(name).GetInt32()].Value;

        var located = new Diagnostics.Diagnostic(Diagnostics.Severity.Error, Diagnostics.DiagnosticCodes.PageEmpty, new Diagnostics.SourceLocation("content/x.patient.md", 38, 1),
            "'x.pdf' page 1: 29.6% of the text area is empty", "shorten it");
        var m = regex.Match(located.ToString().Split(Environment.NewLine)[0]);
        Assert.True(m.Success);
        Assert.Equal(["content/x.patient.md", "38", "1", "error", "NK511", "'x.pdf' page 1: 29.6% of the text area is empty"],
            new[] { "file", "line", "column", "severity", "code", "message" }.Select(k => Group(m, k)));

        var fileOnly = new Diagnostics.Diagnostic(Diagnostics.Severity.Warning, Diagnostics.DiagnosticCodes.ReadingGradeTooHigh, Diagnostics.SourceLocation.FileOnly("content/x.md"), "reading level: a: b", null);
        m = regex.Match(fileOnly.ToString());
        Assert.True(m.Success);
        Assert.Equal(["content/x.md", "", "", "warning", "NK301", "reading level: a: b"], new[] { "file", "line", "column", "severity", "code", "message" }.Select(k => Group(m, k)));
        Assert.DoesNotMatch(regex, "  hint: shorten it");

        // Notes (a report-only page policy's findings) match only the second matcher, whose default severity makes
        // them notices: a matcher's severity group reads only "error" and "warning".
        var note = new Diagnostics.Diagnostic(Diagnostics.Severity.Note, Diagnostics.DiagnosticCodes.PageEmpty, new Diagnostics.SourceLocation("content/x.md", 12, 3), "'x.pdf' page 1: a: b", "shorten it");
        Assert.DoesNotMatch(regex, note.ToString().Split(Environment.NewLine)[0]);
        var notices = json.RootElement.GetProperty("problemMatcher")[1];
        Assert.Equal("notice", notices.GetProperty("severity").GetString());
        var notePattern = notices.GetProperty("pattern")[0];
        m = new System.Text.RegularExpressions.Regex(notePattern.GetProperty("regexp").GetString()!).Match(note.ToString().Split(Environment.NewLine)[0]);
        Assert.True(m.Success);
        Assert.Equal(["content/x.md", "12", "3", "NK511", "'x.pdf' page 1: a: b"], new[] { "file", "line", "column", "code", "message" }.Select(k => m.Groups[notePattern.GetProperty(k).GetInt32()].Value));
        Assert.False(notePattern.TryGetProperty("severity", out _));
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(notePattern.GetProperty("regexp").GetString()!), located.ToString().Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void Import_job_imports_returned_briefings_into_the_job_summary()
    {
        var path = Repo.Path_(".github", "workflows", "handouts.yml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];
        var job = (YamlMappingNode)jobs.Children[new YamlScalarNode("import")];
        Assert.Equal("ubuntu-latest", ((YamlScalarNode)job.Children[new YamlScalarNode("runs-on")]).Value);
        var steps = ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        string Field(YamlMappingNode step, string key) =>
            step.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
        var runs = string.Join("\n", steps.Select(s => Field(s, "run")));
        var uses = steps.Select(s => Field(s, "uses")).ToList();

        Assert.Contains(uses, u => u.StartsWith("actions/checkout", StringComparison.Ordinal));
        Assert.Contains("returns/*.docx", runs);
        Assert.Contains("-- import \"$docx\" --format diff", runs);
        Assert.Contains("--comments text --comments-file", runs);
        Assert.Contains("--comments github", runs);
        Assert.Contains("GITHUB_STEP_SUMMARY", runs);
        Assert.Contains("```diff", runs);
        Assert.Contains("exit $status", runs);
        Assert.Contains(uses, u => u.StartsWith("actions/upload-artifact", StringComparison.Ordinal));

        // The options the job passes are the command's real options.
        var help = CliRunner.Run("import", "--help").Out;
        foreach (var option in new[] { "--format", "--comments", "--comments-file", "--write", "--article", "--track-changes" })
        {
            Assert.Contains(option, help);
        }
    }
}
