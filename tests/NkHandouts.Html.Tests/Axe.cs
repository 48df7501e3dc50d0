using System.Text.Json;
using PuppeteerSharp;

namespace NkHandouts.Html.Tests;

/// <summary>axe-core, from the script shipped inside Deque.AxeCore.Commons, run in the page.</summary>
internal static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    public static readonly string[] Wcag22AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public sealed record Result(string Version, int Passes, IReadOnlyList<Violation> Violations, IReadOnlyList<string> Incomplete);

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
    {
        public override string ToString() => $"{Id} ({Impact}): {Help}\n    " + string.Join("\n    ", Nodes);
    }

    private static string Short(string html) => html.Length <= 80 ? html : html[..77] + "...";

    public static async Task<Result> Run(IPage page, params string[] tags)
    {
        await page.EvaluateExpressionAsync(Script.Value);
        var json = await page.EvaluateFunctionAsync<string>(
            "async (tags) => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))",
            (object)tags);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var violations = root.GetProperty("violations").EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!,
            v.TryGetProperty("impact", out var i) ? i.GetString() ?? "" : "",
            v.GetProperty("help").GetString()!,
            v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("html").GetString()!).ToList())).ToList();
        var version = root.GetProperty("testEngine").GetProperty("version").GetString()!;
        // "incomplete": rules axe could not decide alone (a person should look), listed, not failed.
        var incomplete = root.GetProperty("incomplete").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()! + " on " + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => Short(n.GetProperty("html").GetString()!))))
            .ToList();
        return new Result(version, root.GetProperty("passes").GetArrayLength(), violations, incomplete);
    }
}
