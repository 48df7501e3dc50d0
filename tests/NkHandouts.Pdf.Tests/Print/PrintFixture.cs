using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Renders the patient article once with every leaflet template it lists (patient-leaflet, booklet-a5,
/// large-print) and the shorter tri-fold article with trifold-leaflet, every plan (screen, print, imposed) and previews at 50 dpi, for a whole test class. Files stay in
/// <c>/tmp/nkh-print-&lt;clone&gt;</c> for a person to look at; pdftoppm renders them all in one batch when a test first asks.
/// </summary>
public sealed class PrintFixture
{
    public const int Dpi = 50;
    public static readonly string OutputFolder = TempDir.PerClone("nkh-print");
    private readonly Lazy<Dictionary<string, string[]>> poppler;

    public PrintFixture()
    {
        if (Directory.Exists(OutputFolder))
        {
            Directory.Delete(OutputFolder, recursive: true);
        }

        Directory.CreateDirectory(OutputFolder);
        Article = ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.md")).Value!;
        TrifoldArticle = ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient-trifold.md")).Value!;
        Settings = RenderSettings.For(Article) with { Previews = true, PreviewDpi = Dpi };
        var catalog = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All;
        foreach (var (name, article) in new[] { ("patient-leaflet", Article), ("trifold-leaflet", TrifoldArticle), ("booklet-a5", Article), ("large-print", Article) })
        {
            var template = catalog.Single(t => t.Name == name);
            foreach (var plan in new LeafletRenderer().Plan(article, template))
            {
                using var stream = new MemoryStream();
                var result = new LeafletRenderer(new NkHandouts.Preview.LeafletPreviewer()).Render(plan, Settings, stream);
                var path = Path.Combine(OutputFolder, plan.FileName);
                File.WriteAllBytes(path, stream.ToArray());
                foreach (var extra in result.ExtraFiles)
                {
                    var extraPath = Path.Combine(OutputFolder, extra.FileName);
                    Directory.CreateDirectory(Path.GetDirectoryName(extraPath)!);
                    File.WriteAllBytes(extraPath, extra.Content);
                }

                Outputs[plan.FileName] = new Output(plan, path, stream.ToArray(), result);
            }
        }

        poppler = new Lazy<Dictionary<string, string[]>>(RenderWithPoppler);
    }

    public sealed record Output(OutputPlan Plan, string Path, byte[] Bytes, RenderResult Result);

    public Article Article { get; }

    /// <summary>The shorter patient text made for the tri-fold's three panels.</summary>
    public Article TrifoldArticle { get; }
    public RenderSettings Settings { get; }
    public Dictionary<string, Output> Outputs { get; } = [];

    public Output Get(string template, string variant) => Outputs.Values.Single(o => o.Plan.Template.Name == template && o.Plan.Variant == variant);

    /// <summary>pdftoppm's PNGs of an output at <see cref="Dpi"/>, page order (call after ExternalTool.Require).</summary>
    public string[] PopplerPages(Output o) => poppler.Value[o.Plan.FileName];

    private Dictionary<string, string[]> RenderWithPoppler()
    {
        var pdftoppm = ExternalTool.Find("pdftoppm") ?? throw new InvalidOperationException("pdftoppm missing");
        var result = new Dictionary<string, string[]>();
        var folder = Path.Combine(OutputFolder, "poppler");
        Directory.CreateDirectory(folder);
        Parallel.ForEach(Outputs.Values, new ParallelOptions { MaxDegreeOfParallelism = 2 }, o =>
        {
            var prefix = Path.Combine(folder, Path.GetFileNameWithoutExtension(o.Path));
            var r = ExternalTool.Run(pdftoppm, "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", o.Path, prefix);
            if (r.ExitCode != 0)
            {
                throw new InvalidOperationException(r.Stderr);
            }
        });
        foreach (var o in Outputs.Values)
        {
            var prefix = Path.GetFileNameWithoutExtension(o.Path) + "-";
            result[o.Plan.FileName] = [.. Directory.GetFiles(folder, prefix + "*.png")
                .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f)[prefix.Length..], out _))
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture))];
        }

        return result;
    }
}

/// <summary>All print tests share one render of every template (and one pdftoppm batch).</summary>
[CollectionDefinition(Name)]
public sealed class PrintCollection : ICollectionFixture<PrintFixture>
{
    public const string Name = "print";
}
