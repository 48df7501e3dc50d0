using System.Text.RegularExpressions;
using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The error catalogue (docs/errors.md), case by case through the real build: each bad input gives its code at
/// path:line:col, exit 1, and the previous outputs of the broken article stay byte for byte as they were.
/// </summary>
public sealed class ErrorCatalogTests
{
    private const string Article = "nk-cell-therapy-myths.md";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, file (relative to the project copy), new text (or "{append}…"), expected "file:line:col: error CODE"
        { "malformed yaml", "content/" + Article, "{replace}language: en-US=>language: [en-US", @"nk-cell-therapy-myths\.md:\d+:\d+: error NK102" },
        { "wrong type", "content/" + Article, "{replace}date: 2025-12-19=>date: yesterday", @"nk-cell-therapy-myths\.md:4:7: error NK103" },
        { "missing required", "content/" + Article, "{replace}audience: clinicians\n=>", @"nk-cell-therapy-myths\.md:2:1: error NK104" },
        { "unknown template", "content/" + Article, "{replace}[clinician-briefing]=>[clinician-brefing]", @"nk-cell-therapy-myths\.md:22:13: error NK207" },
        { "clinician text in a patient template", "content/" + Article, "{replace}[clinician-briefing]=>[clinician-briefing, patient-leaflet]", @"nk-cell-therapy-myths\.md:22:33: error NK230" },
        { "empty article", "content/" + Article, "{body}", @"nk-cell-therapy-myths\.md:\d+:1: error NK108" },
        { "image leaving the project", "content/" + Article, "{append}\n![x](../../../../etc/passwd)\n", @"nk-cell-therapy-myths\.md:\d+:1: error NK112" },
        { "absolute image path", "content/" + Article, "{append}\n![x](/etc/passwd)\n", @"nk-cell-therapy-myths\.md:\d+:1: error NK112" },
        { "missing image", "content/" + Article, "{append}\n![A chart](chart.png)\n", @"nk-cell-therapy-myths\.md:\d+:1: error NK116" },
        { "deep nesting", "content/" + Article, "{append}\n" + new string('>', 1000) + " deep\n", @"nk-cell-therapy-myths\.md:\d+:\d+: error NK111" },
        { "template key typo", "templates/clinician-briefing/template.yaml", "{replace}tableOfContents:=>tableOfContent:", @"template\.yaml:\d+:3: error NK105" },
        { "invalid colour", "templates/clinician-briefing/template.yaml", "{replace}\"#005EA5\"=>\"#05EA5\"", @"template\.yaml:\d+:\d+: error NK203" },
        { "invalid size", "templates/clinician-briefing/template.yaml", "{replace}margins: 25mm=>sizes: [B7]\n  margins: 25mm", @"template\.yaml:\d+:\d+: error NK204" },
        { "impossible margins", "templates/clinician-briefing/template.yaml", "{replace}margins: 25mm=>margins: 120mm", @"template\.yaml:\d+:\d+: error NK205" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_located_and_keeps_previous_outputs(string name, string file, string edit, string expected)
    {
        using var project = new ProjectCopy();
        var first = CliRunner.Run(project.Args("build"));
        Assert.True(first.Exit == 0, name + ": first build failed\n" + first.Out + first.Err);
        var before = project.Outputs().Where(f => f.StartsWith("nk-cell-therapy-myths.", StringComparison.Ordinal) && !f.Contains(".patient.", StringComparison.Ordinal))
            .ToDictionary(f => f, f => InputHasher.File(Path.Combine(project.Out, f)));
        Assert.NotEmpty(before);

        Apply(Path.Combine(project.Root, file), edit);
        var (exit, output, error) = CliRunner.Run(project.Args("build"));

        Assert.True(exit == 1, $"{name}: exit {exit}\n{output}\n{error}");
        Assert.Matches(new Regex(expected), error);
        Assert.Contains("hint:", error);
        foreach (var (output1, hash) in before)
        {
            Assert.Equal(hash, InputHasher.File(Path.Combine(project.Out, output1)));
        }

        Assert.Empty(Directory.GetFiles(project.Out, "*" + AtomicFile.TempSuffix));
    }

    private static void Apply(string path, string edit)
    {
        var text = File.ReadAllText(path);
        if (edit.StartsWith("{replace}", StringComparison.Ordinal))
        {
            var parts = edit["{replace}".Length..].Split("=>");
            Assert.Contains(parts[0], text);
            text = text.Replace(parts[0], parts[1], StringComparison.Ordinal);
        }
        else if (edit.StartsWith("{append}", StringComparison.Ordinal))
        {
            text += edit["{append}".Length..];
        }
        else if (edit == "{body}")
        {
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            text = text[..(end + 5)];
        }

        File.WriteAllText(path, text);
    }

    private static IReadOnlyList<string> CatalogueCodes() => typeof(Diagnostics.DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>Codes documented in docs/errors.md's table rows, ranges ("NK301–NK306") expanded.</summary>
    private static IReadOnlySet<string> DocumentedCodes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Repo.Path_("docs", "errors.md")).Where(l => l.StartsWith("| NK", StringComparison.Ordinal)))
        {
            var cell = line.Split('|')[1];
            foreach (Match m in Regex.Matches(cell, @"NK(\d{3})(?:–NK(\d{3}))?"))
            {
                var first = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var last = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
                for (var n = first; n <= last; n++)
                {
                    set.Add($"NK{n:000}");
                }
            }
        }

        return set;
    }

    [Fact]
    public void The_catalogue_is_in_numeric_order_without_duplicates()
    {
        var codes = CatalogueCodes();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        var rows = File.ReadLines(Repo.Path_("docs", "errors.md")).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| NK", StringComparison.Ordinal)).Select(l => l[2..7]).ToList();
        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public void Catalogue_and_docs_name_the_same_codes()
    {
        var codes = CatalogueCodes().ToHashSet();
        var documented = DocumentedCodes();
        Assert.True(codes.SetEquals(documented),
            $"in DiagnosticCodes but not docs/errors.md: {string.Join(", ", codes.Except(documented))}; in docs but not DiagnosticCodes: {string.Join(", ", documented.Except(codes))}");
    }

    [Fact]
    public void No_code_is_written_as_a_literal_outside_the_catalogue()
    {
        var literals = Directory.GetFiles(Repo.Path_("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "DiagnosticCodes.cs")
            .SelectMany(f => File.ReadLines(f)
                .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l, @"\s// .*$", "")) // a trailing comment may name a code
                .SelectMany(l => Regex.Matches(l, @"\bNK\d{3}\b"))
                .Select(m => $"{Path.GetRelativePath(Repo.Path_("src"), f)}: {m.Value}"))
            .ToList();
        Assert.True(literals.Count == 0, "use DiagnosticCodes instead of: " + string.Join("; ", literals));
    }
}
