using System.Text;
using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Build.Tests;

/// <summary>A renderer whose bytes depend only on its inputs, with a switch to fail on chosen articles.</summary>
internal sealed class FakeRenderer : IRenderer
{
    public HashSet<string> FailFor { get; } = [];

    /// <summary>Standards every output claims (for output verification tests).</summary>
    public string[] Claims { get; init; } = [];

    public int Renders;

    public bool CanRender(Template template) => true;

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
    [
        new(article, template, $"{article.Slug}.{template.Name}.a4.txt", "a4"),
        new(article, template, $"{article.Slug}.{template.Name}.letter.txt", "letter"),
    ];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        Interlocked.Increment(ref Renders);
        if (FailFor.Contains(plan.Article.Slug))
        {
            throw new InvalidOperationException("simulated renderer failure");
        }

        var text = $"{plan.Article.Metadata.Title}|{plan.Template.Name}|{plan.Variant}|{settings.Timestamp:O}|{string.Join(",", plan.Article.Blocks.Count)}";
        destination.Write(Encoding.UTF8.GetBytes(text));
        var extras = settings.Previews ? new[] { new ExtraFile(plan.FileName + ".previews/page-1.png", [1, 2, 3]) } : [];
        return new RenderResult(1, []) { ExtraFiles = extras, Claims = Claims };
    }
}
