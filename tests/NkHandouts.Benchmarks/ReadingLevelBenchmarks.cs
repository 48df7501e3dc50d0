using BenchmarkDotNet.Attributes;
using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;

namespace NkHandouts.Benchmarks;

/// <summary>
/// The analyzer on at least 100,000 words: the NK article's body repeated, with each copy's numbers changed so the
/// word cache does not see one text only. Words per second = words / mean time (printed by <see cref="Setup"/>).
/// Target (issue 3): 2 million words per second on one core.
/// </summary>
[MemoryDiagnoser]
public class ReadingLevelBenchmarks
{
    private TextDocument _document = null!;
    private ReadingAnalyzer _analyzer = null!;

    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var source = File.ReadAllText(Path.Combine(root, "content", "nk-cell-therapy-myths.md"));
        var article = ArticleLoader.Parse(source, "nk.md").Value ?? throw new InvalidOperationException("article did not load");
        var body = TextDocument.FromArticle(article, source);
        var units = new List<TextUnit>();
        var copy = 0;
        while (units.Sum(u => u.Text.Length) < 800_000)
        {
            foreach (var u in body.Units)
            {
                units.Add(u with { Text = u.Text.Replace("3", (copy % 97).ToString(System.Globalization.CultureInfo.InvariantCulture)) });
            }

            copy++;
        }

        _document = body with { Units = units };
        var glossary = GlossaryLoader.Load(Path.Combine(root, "content", "glossary.yaml"), new Diagnostics.DiagnosticBag());
        _analyzer = new ReadingAnalyzer(glossary: glossary);
        Words = _analyzer.Analyze(_document).Counts.Words;
        Console.WriteLine($"// ReadingLevel benchmark text: {Words:N0} words in {units.Count:N0} units");
    }

    [Benchmark]
    public int AnalyzeHundredThousandWords() => _analyzer.Analyze(_document).Counts.Words;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NkHandouts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NkHandouts.sln not found");
    }
}
