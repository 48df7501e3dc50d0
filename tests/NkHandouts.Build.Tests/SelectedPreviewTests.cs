using NkHandouts.Rendering;

namespace NkHandouts.Build.Tests;

/// <summary>
/// <see cref="BuildOptions.PreviewsFor"/> (the preview server draws previews only for files a page shows): the other
/// outputs are built whole but without previews, the manifest says which were drawn, and asking for a file's previews
/// later rebuilds it with them (the choice is one of its inputs).
/// </summary>
public sealed class SelectedPreviewTests
{
    private const string A4 = "a.leaflet.a4.txt";
    private const string Letter = "a.leaflet.letter.txt";

    private static BuildReport Build(Sandbox box, FakeRenderer renderer, Func<OutputPlan, bool>? previewsFor, bool contactSheets = true) =>
        new BuildRunner([renderer], null).Run(box.Options() with { Previews = true, PreviewsFor = previewsFor, ContactSheets = contactSheets });

    [Fact]
    public void Only_the_chosen_outputs_get_previews_and_the_manifest_says_which()
    {
        using var box = new Sandbox("a");
        var report = Build(box, new FakeRenderer { StreamPreviews = true }, p => p.FileName == A4);
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));

        var manifest = Manifest.Load(box.Out);
        Assert.True(manifest.Entries[A4].PreviewsDrawn);
        Assert.NotEmpty(manifest.Entries[A4].ExtraFiles);
        Assert.False(manifest.Entries[Letter].PreviewsDrawn);
        Assert.Empty(manifest.Entries[Letter].ExtraFiles);
        Assert.True(File.Exists(box.OutFile(Letter)));
        Assert.False(Directory.Exists(box.OutFile(Letter + ".previews")));
    }

    [Fact]
    public void Asking_for_previews_later_rebuilds_that_output_alone_with_them()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer { StreamPreviews = true }, p => p.FileName == A4);

        var renderer = new FakeRenderer { StreamPreviews = true };
        var report = Build(box, renderer, _ => true);
        Assert.Equal(JobStatus.Unchanged, report.Jobs.Single(j => j.FileName == A4).Status);
        Assert.Equal(JobStatus.Built, report.Jobs.Single(j => j.FileName == Letter).Status);
        Assert.Equal(1, renderer.Renders);
        Assert.True(Manifest.Load(box.Out).Entries[Letter].PreviewsDrawn);
        Assert.True(File.Exists(box.OutFile(Letter + ".previews/page-1.png")));
    }

    [Fact]
    public void Previews_the_new_build_no_longer_makes_are_removed_with_their_empty_folder()
    {
        using var box = new Sandbox("a");
        var runner = (FakeRenderer r, bool previews) => new BuildRunner([r], null).Run(box.Options() with { Previews = previews, Force = true });
        runner(new FakeRenderer { StreamPreviews = true }, true);
        Assert.True(File.Exists(box.OutFile(A4 + ".previews/page-2.png")));

        // One page now: page 2 is a picture of an older version and goes.
        runner(new FakeRenderer(), true);
        Assert.True(File.Exists(box.OutFile(A4 + ".previews/page-1.png")));
        Assert.False(File.Exists(box.OutFile(A4 + ".previews/page-2.png")));

        // No previews asked for: the rest goes too, and the folder.
        runner(new FakeRenderer(), false);
        Assert.False(Directory.Exists(box.OutFile(A4 + ".previews")));
        Assert.True(File.Exists(box.OutFile(A4)));
    }

    [Fact]
    public void A_build_without_contact_sheets_is_a_different_input_and_tells_the_renderer()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer { StreamPreviews = true }, null);
        var before = Manifest.Load(box.Out).Entries[A4].Key;

        var renderer = new FakeRenderer { StreamPreviews = true };
        var report = Build(box, renderer, null, contactSheets: false);
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));
        Assert.NotEqual(before, Manifest.Load(box.Out).Entries[A4].Key);
        Assert.All(renderer.Settings, s => Assert.False(s.ContactSheet));
    }
}
