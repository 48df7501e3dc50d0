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
