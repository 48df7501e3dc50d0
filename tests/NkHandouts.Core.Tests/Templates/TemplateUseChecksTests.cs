using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

/// <summary>An output's costly checks (<see cref="ITemplateOutput.CheckBeforeUse"/>) run with the others at load, or,
/// for a build, only when the template is used, once, with the same located errors.</summary>
public sealed class TemplateUseChecksTests
{
    /// <summary>Refuses <c>colour: grey</c>, at its value, and counts how often it was asked.</summary>
    private sealed class CostlyOutput : ITemplateOutput
    {
        public int Checks { get; private set; }

        public string Key => "costly";

        public string Label => "Costly output";

        public string Section => "costly";

        public IReadOnlyList<string> SectionKeys => ["colour"];

        public object ReadOptions(TemplateSection s) => new StubOptions(s.Options?.String("colour") ?? "none");

        public void CheckBeforeUse(TemplateSection section, object options, DiagnosticBag diagnostics)
        {
            Checks++;
            if (((StubOptions)options).Colour == "grey")
            {
                diagnostics.Error(DiagnosticCodes.LowContrast, section.Options!.LocationOfValue("colour"), "grey on grey");
            }
        }
    }

    private static LoadResult<Template> Load(TempDir dir, CostlyOutput output, string yaml, TemplateUseChecks checks)
    {
        var folder = dir.Combine("t");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), "output: costly\naudiences: [patients]\n" + yaml);
        return TemplateLoader.Load(folder, new TemplateOutputs([output]), checks);
    }

    [Fact]
    public void At_load_a_failing_check_fails_the_template_at_its_location()
    {
        using var dir = new TempDir();
        var output = new CostlyOutput();
        var result = Load(dir, output, "costly:\n  colour: grey\n", TemplateUseChecks.AtLoad);
        Assert.Null(result.Value);
        var e = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.LowContrast, 4, 11), (e.Code, e.Location.Line, e.Location.Column));
        Assert.Equal(1, output.Checks);
    }

    [Fact]
    public void When_used_the_template_loads_unchecked_and_the_first_use_finds_the_same_error_once()
    {
        using var dir = new TempDir();
        var output = new CostlyOutput();
        var result = Load(dir, output, "costly:\n  colour: grey\n", TemplateUseChecks.WhenUsed);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, output.Checks);

        var e = Assert.Single(result.Value!.CheckBeforeUse());
        Assert.Equal((DiagnosticCodes.LowContrast, 4, 11), (e.Code, e.Location.Line, e.Location.Column));
        Assert.Single(result.Value!.CheckBeforeUse());
        Assert.Equal(1, output.Checks);
    }

    [Fact]
    public void When_used_a_template_that_fails_to_load_is_never_checked()
    {
        using var dir = new TempDir();
        var output = new CostlyOutput();
        var result = Load(dir, output, "costly:\n  colour: grey\n  shade: 3\n", TemplateUseChecks.WhenUsed);
        Assert.Null(result.Value);
        Assert.Equal(DiagnosticCodes.UnknownKey, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(0, output.Checks);
    }
}
