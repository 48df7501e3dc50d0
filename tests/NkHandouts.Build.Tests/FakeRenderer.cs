using System.Text;
using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Build.Tests;

/// <summary>A renderer whose bytes depend only on its inputs, with a switch to fail on chosen articles. It is
/// registered from this test assembly: Core has never heard of <c>output: fake-text</c> or its <c>fake:</c> section.</summary>
internal sealed class FakeRenderer : IRenderer
{
    public HashSet<string> FailFor { get; } = [];

    /// <summary>Standards every output claims (for output verification tests).</summary>
    public string[] Claims { get; init; } = [];

    public int Renders;

    /// <summary>The settings of every render, in no particular order (jobs run in parallel).</summary>
    public System.Collections.Concurrent.ConcurrentBag<RenderSettings> Settings { get; } = [];

    /// <summary>Previews go to the build's sink page by page, as the leaflet renderer sends them (else returned whole).</summary>
    public bool StreamPreviews { get; init; }

    /// <summary>Called after the previews were streamed and before rendering returns (to look at the output folder then).</summary>
    public Action<OutputPlan>? AfterPreviews { get; init; }

    public ITemplateOutput Output { get; } = new FakeOutput();

    /// <summary>Pads each output to this many bytes (0: no padding), the last one <see cref="LastByte"/>: long files whose
    /// only difference lies far past the first block.</summary>
    public int PadTo { get; init; }

    public byte LastByte { get; init; } = (byte)'.';

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
    [
        new(article, template, $"{article.Slug}.{template.Name}.a4.txt", "a4"),
        new(article, template, $"{article.Slug}.{template.Name}.letter.txt", "letter"),
    ];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        Interlocked.Increment(ref Renders);
        Settings.Add(settings);
        if (FailFor.Contains(plan.Article.Slug))
        {
            throw new InvalidOperationException("simulated renderer failure");
        }

        var text = $"{plan.Article.Metadata.Title}|{plan.Template.Name}|{plan.Variant}|{settings.Timestamp:O}|{string.Join(",", plan.Article.Blocks.Count)}|{plan.Template.OptionsAs<FakeOptions>().Greeting}";
        destination.Write(Encoding.UTF8.GetBytes(text));
        if (PadTo > destination.Position + 1)
        {
            destination.Write(Enumerable.Repeat((byte)'.', PadTo - (int)destination.Position - 1).ToArray());
            destination.WriteByte(LastByte);
        }
        if (settings.Previews && StreamPreviews && settings.ExtraFiles is { } sink)
        {
            sink.Write(plan.FileName + ".previews/page-1.png", Encoding.UTF8.GetBytes("page 1 of " + text));
            sink.Write(plan.FileName + ".previews/page-2.png", Encoding.UTF8.GetBytes("page 2 of " + text));
            AfterPreviews?.Invoke(plan);
            return new RenderResult(2, []) { Claims = Claims };
        }

        var extras = settings.Previews ? new[] { new ExtraFile(plan.FileName + ".previews/page-1.png", [1, 2, 3]) } : [];
        return new RenderResult(1, []) { ExtraFiles = extras, Claims = Claims };
    }
}

/// <summary><c>output: fake-text</c> with options in <c>fake:</c>.</summary>
internal sealed class FakeOutput : ITemplateOutput
{
    public string Key => "fake-text";

    public string Label => "Fake text";

    public string Section => "fake";

    public IReadOnlyList<string> SectionKeys => ["greeting"];

    public object ReadOptions(TemplateSection section) => new FakeOptions(section.Options?.String("greeting") ?? "hi");
}

internal sealed record FakeOptions(string Greeting);
