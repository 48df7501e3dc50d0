using System.Globalization;
using NkHandouts.Content;

namespace NkHandouts.Rendering;

/// <summary>Inputs to rendering that do not come from the article or template. Never read the clock: dates written
/// into files come from here.</summary>
public sealed record RenderSettings(DateTimeOffset Timestamp, string ToolVersion)
{
    /// <summary>Also write PNG previews of each page (leaflets).</summary>
    public bool Previews { get; init; }

    /// <summary>Preview resolution in dots per inch.</summary>
    public int PreviewDpi { get; init; } = 60;

    /// <summary>With <see cref="Previews"/>, also the contact sheet of all pages (for pull requests and the README;
    /// the live preview shows the pages themselves and skips it).</summary>
    public bool ContactSheet { get; init; } = true;

    /// <summary>"DRAFT — not for patients" when the output is for patients and the article is not approved: renderers
    /// show it on every page and put it in the file's metadata. Null: no mark.</summary>
    public string? DraftMark { get; init; }

    /// <summary>Where previews go as they are made (the build stages them). Null: the renderer returns them in
    /// <see cref="RenderResult.ExtraFiles"/>.</summary>
    public IExtraFileSink? ExtraFiles { get; init; }

    /// <summary>Words never split by hyphenation: the project glossary's terms (content/glossary.yaml).</summary>
    public IReadOnlyList<string> NeverHyphenate { get; init; } = [];

    /// <summary>
    /// The date written into an output: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the article's
    /// date at midnight UTC, else 2000-01-01. Never the wall clock.
    /// </summary>
    public static DateTimeOffset TimestampFor(Article article, string? sourceDateEpoch = null)
    {
        // The CLI refuses a malformed SOURCE_DATE_EPOCH before any job runs (usage error); here it is valid or unset.
        if (SourceDate.TryRead(sourceDateEpoch, out var epoch, out _) && epoch is { } fixedDate)
        {
            return fixedDate;
        }

        var date = article.Metadata.Date ?? new DateOnly(2000, 1, 1);
        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    public static string CurrentToolVersion =>
        typeof(RenderSettings).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static RenderSettings For(Article article) => new(TimestampFor(article), CurrentToolVersion);
}
