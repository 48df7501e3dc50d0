using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests;

/// <summary>
/// Renders the NK article with the patient-leaflet template once (A4 and Letter) for a whole test class. The files
/// stay in <c>/tmp/nkh-leaflets</c> so a person can open and look at them after a run.
/// </summary>
public sealed class LeafletFixture
{
    public static readonly string OutputFolder = TempDir.PerClone("nkh-leaflets");

    public LeafletFixture()
    {
        Directory.CreateDirectory(OutputFolder);
        Article = ArticleLoader.Load(Repo.NkArticle).Value!;
        Template = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Single(t => t.Name == "patient-leaflet");
        Settings = RenderSettings.For(Article);
        foreach (var plan in new LeafletRenderer().Plan(Article, Template))
        {
            var (bytes, result) = Render(plan, Settings);
            // Each test class using this fixture builds its own and writes the same files: written whole under a
            // name of their own, then renamed over the old, so a pdfinfo of another class never reads one half-written.
            var path = Path.Combine(OutputFolder, plan.FileName);
            var partial = path + $".{Guid.NewGuid():N}.part";
            File.WriteAllBytes(partial, bytes);
            File.Move(partial, path, overwrite: true);
            Files[plan.Variant] = path;
            Bytes[plan.Variant] = bytes;
            Results[plan.Variant] = result;
        }
    }

    public Article Article { get; }
    public Template Template { get; }
    public RenderSettings Settings { get; }
    public Dictionary<string, string> Files { get; } = [];
    public Dictionary<string, byte[]> Bytes { get; } = [];
    public Dictionary<string, RenderResult> Results { get; } = [];

    public string A4 => Files["a4"];

    public static (byte[] Bytes, RenderResult Result) Render(OutputPlan plan, RenderSettings settings)
    {
        using var stream = new MemoryStream();
        var result = new LeafletRenderer().Render(plan, settings, stream);
        return (stream.ToArray(), result);
    }
}
