namespace NkHandouts.Word.Tests;

/// <summary>The briefings the interop tests read through LibreOffice: "nk" (the clinician template) and "synthetic"
/// (every block kind, built-in styles).</summary>
public sealed class LibreOfficeFixture : LibreOfficeConversion
{
    private readonly SyntheticArticle _synthetic = new();

    protected override IReadOnlyDictionary<string, byte[]> Briefings() => new Dictionary<string, byte[]>
    {
        ["nk"] = Tests.Briefings.Render(Tests.Briefings.NkArticle(), Tests.Briefings.ClinicianTemplate()),
        ["synthetic"] = Tests.Briefings.Render(_synthetic.Article, Tests.Briefings.BuiltIn()),
    };

    public override void Dispose()
    {
        _synthetic.Dispose();
        base.Dispose();
    }
}
