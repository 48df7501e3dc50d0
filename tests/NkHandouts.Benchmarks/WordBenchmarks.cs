using System.Text;
using BenchmarkDotNet.Attributes;
using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Word;

namespace NkHandouts.Benchmarks;

/// <summary>
/// A ~2,000-word article (the NK article's body repeated under new headings) to .docx, warm, on one thread; the
/// target is ≤ 20 ms per document (pandoc: ~65 ms from the command line). Run from the repository root:
/// <c>dotnet run -c Release --project tests/NkHandouts.Benchmarks -- --filter '*WordBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private Article _article = null!;
    private Template _builtIn = null!;
    private Template _reference = null!;
    private RenderSettings _settings = null!;
    private MemoryStream _output = null!;

    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var source = File.ReadAllText(Path.Combine(root, "content", "nk-cell-therapy-myths.md"));
        var end = source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var (front, body) = (source[..end], source[end..]);
        var text = new StringBuilder(front);
        for (var copy = 1; copy <= 2; copy++)
        {
            text.Append('\n').Append(body.Replace("## ", $"## Part {copy}: ", StringComparison.Ordinal));
        }

        var path = Path.Combine(Path.GetTempPath(), "nkh-bench-2000-words.md");
        File.WriteAllText(path, text.ToString());
        _article = ArticleLoader.Load(path).Value ?? throw new InvalidOperationException("benchmark article did not load");
        Words = InlineWords(_article.Blocks);
        Console.WriteLine($"// benchmark article: {Words} words");
        _reference = TemplateLoader.Load(Path.Combine(root, "templates", "clinician-briefing"), NkHandouts.Cli.Renderers.Outputs).Value!;
        _builtIn = _reference with { Options = new BriefingOptions { Reference = null } };
        _settings = RenderSettings.For(_article);
        _output = new MemoryStream(64 * 1024);
    }

    [Benchmark(Baseline = true)]
    public long BuiltInStyles() => Render(_builtIn);

    [Benchmark]
    public long ReferenceDocx() => Render(_reference);

    private long Render(Template template)
    {
        _output.SetLength(0);
        BriefingWriter.Write(_article, template, _settings, _output);
        return _output.Length;
    }

    private static int InlineWords(IEnumerable<Block> blocks) => blocks.Sum(b => b switch
    {
        ParagraphBlock p => Count(p.PlainText),
        HeadingBlock h => Count(h.PlainText),
        ListBlock l => l.Items.Sum(i => InlineWords(i.Blocks)),
        CalloutBlock c => InlineWords(c.Blocks),
        QuoteBlock q => InlineWords(q.Blocks),
        _ => 0,
    });

    private static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NkHandouts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the repository");
    }
}
