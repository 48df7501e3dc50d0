using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>What <c>nkhandouts build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string TemplatesDir { get; init; } = "templates";
    public string OutDir { get; init; } = "out";

    /// <summary>Glob over output file names (e.g. <c>*.a4.pdf</c>, <c>nk-*</c>); null builds everything.</summary>
    public string? Only { get; init; }

    /// <summary>Which planned outputs to build, after <see cref="Only"/> and <see cref="Shard"/> (the preview server
    /// builds the file of each template a writer sees first, then the rest); null builds all of them.</summary>
    public Func<OutputPlan, bool>? Select { get; init; }

    public bool Force { get; init; }

    /// <summary>Wait for each file to reach the disk before renaming it into place (a power cut then leaves the old file
    /// or the new one). The preview server turns it off: its folder is temporary, and on a busy disk the waits took
    /// longer than rendering.</summary>
    public bool FlushToDisk { get; init; } = true;
    public bool Previews { get; init; }

    /// <summary>Preview resolution in dots per inch (10–600).</summary>
    public int PreviewDpi { get; init; } = 60;

    /// <summary>With <see cref="Previews"/>: which outputs get them (null: all). The preview server draws only the
    /// files a page has shown, since drawing and encoding PNGs costs more than the PDF itself.</summary>
    public Func<OutputPlan, bool>? PreviewsFor { get; init; }

    /// <summary>With <see cref="Previews"/>: also each output's contact sheet (the preview server shows the pages only).</summary>
    public bool ContactSheets { get; init; } = true;

    /// <summary>This runner's part of the jobs, 1-based: (1, 1) is all of them.</summary>
    public Shard Shard { get; init; } = Shard.All;

    public FailOn FailOn { get; init; } = FailOn.Error;

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Write patient outputs even past their article's review date (a warning instead of an error).</summary>
    public bool AllowExpired { get; init; }

    /// <summary>SOURCE_DATE_EPOCH override (tests); null reads the environment.</summary>
    public string? SourceDateEpoch { get; init; }

    /// <summary>Stops starting jobs once cancelled, and the run ends with <see cref="OperationCanceledException"/>: the
    /// preview server, asked to stop mid-build, must not build the rest before it can remove its folder. Jobs already
    /// running finish (each file is written whole or not at all); the manifest is not written.</summary>
    public CancellationToken Cancel { get; init; }
}

public enum FailOn
{
    Error,
    Warning,
}
