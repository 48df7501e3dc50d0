using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Diagnostics;

namespace NkHandouts.Import.Tests;

/// <summary>What an import cannot bring back is said, located, and never silently lost (NK701), and an article that
/// moved on since the briefing was built is flagged before anyone trusts the diff (NK703).</summary>
public sealed class ImportWarningTests : IDisposable
{
    private readonly EveryConstruct _every = new();

    public void Dispose() => _every.Dispose();

    [Fact]
    public void An_equation_typed_in_Word_is_reported_at_its_paragraph_and_its_text_kept()
    {
        var edited = RoundTrip.Edit(RoundTrip.Briefing(_every.Path), doc =>
        {
            var p = WordEdits.Find(doc, "A paragraph between the lists.");
            p.Append(new DocumentFormat.OpenXml.Math.OfficeMath(new DocumentFormat.OpenXml.Math.Run(new DocumentFormat.OpenXml.Math.Text("E=mc2"))));
        });

        var result = RoundTrip.Import(edited, _every.Path, _every.Folder);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportUnmappable);
        Assert.False(warning.IsError);
        Assert.Contains("an equation", warning.Message);
        Assert.Contains("E=mc2", warning.Message);
        var line = File.ReadAllLines(_every.Path).ToList().FindIndex(l => l.StartsWith("A paragraph between the lists.", StringComparison.Ordinal)) + 1;
        Assert.Equal((_every.Path, line), (warning.Location.Path, warning.Location.Line));
        Assert.Contains("A paragraph between the lists.", result.NewText);
    }

    [Fact]
    public void An_article_changed_since_the_build_is_flagged_first()
    {
        var briefing = RoundTrip.Briefing(_every.Path);
        File.AppendAllText(_every.Path, "\nA paragraph added to the Markdown after the build.\n");

        var result = RoundTrip.Import(briefing, _every.Path, _every.Folder);

        var first = result.Diagnostics[0];
        Assert.Equal(DiagnosticCodes.ImportArticleChanged, first.Code);
        Assert.Equal(_every.Path, first.Location.Path);
        Assert.Contains("changed since", first.Message);
        // The briefing does not have the new paragraph, and its fingerprint is not among those the briefing carries:
        // the clinician never saw it, so it is kept (it was deleted before, with only this warning to say so).
        Assert.DoesNotContain("-A paragraph added to the Markdown after the build.", result.Diff);
        Assert.Equal(result.OldText, result.NewText);
        var kept = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportStaleBriefing);
        Assert.False(kept.IsError);
        Assert.Contains("it was kept", kept.Message);
    }

    [Fact]
    public void An_unchanged_article_gets_no_change_warning()
    {
        var result = RoundTrip.Import(RoundTrip.Briefing(_every.Path), _every.Path, _every.Folder);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportArticleChanged);
        Assert.Equal(result.OldText, result.NewText);
    }
}
