namespace NkHandouts.Import.Tests;

/// <summary>
/// LibreOffice as the editing client: every document the tests need is resaved with `soffice --convert-to docx` in
/// ONE run (each start costs seconds), with a private profile. Lazy, so a machine without LibreOffice reaches the
/// test's skip first.
/// </summary>
public sealed class LibreOfficeFixture : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Lazy<IReadOnlyDictionary<string, byte[]>> _resaved;

    public LibreOfficeFixture()
    {
        Every = new EveryConstruct();
        foreach (var name in new[] { "nk-cell-therapy-myths.md", "nk-cell-therapy-myths.patient.md" })
        {
            File.Copy(Path.Combine(Repo.Content, name), _dir.Combine(name));
        }

        _resaved = new(Convert);
    }

    internal EveryConstruct Every { get; }

    public string Folder => _dir.Path;

    /// <summary>Original (made by nkhandouts, edited with the SDK) documents by name.</summary>
    public Dictionary<string, byte[]> Originals { get; } = [];

    /// <summary>The document after LibreOffice opened and saved it; "foreign": one LibreOffice wrote from an
    /// OpenDocument text pandoc made (needs pandoc too).</summary>
    public byte[] Resaved(string name)
    {
        ExternalTool.Require("soffice", "libreoffice-writer-nogui");
        return _resaved.Value[name];
    }

    public string ArticleFor(string name) => name switch
    {
        "nk" => _dir.Combine("nk-cell-therapy-myths.md"),
        "patient" => _dir.Combine("nk-cell-therapy-myths.patient.md"),
        _ => Every.Path,
    };

    private IReadOnlyDictionary<string, byte[]> Convert()
    {
        Originals["nk"] = RoundTrip.Briefing(ArticleFor("nk"));
        Originals["patient"] = RoundTrip.Briefing(ArticleFor("patient"));
        Originals["every"] = RoundTrip.Briefing(Every.Path);
        Originals["every-edited"] = SdkEditTests.Edited(Originals["every"]);
        Originals["every-tracked"] = SdkEditTests.Tracked(Originals["every"]);
        Directory.CreateDirectory(_dir.Combine("in"));
        foreach (var (name, bytes) in Originals)
        {
            File.WriteAllBytes(_dir.Combine("in", name + ".docx"), bytes);
        }

        // A document LibreOffice writes from scratch (not a resave of ours): pandoc makes an OpenDocument text of the
        // foreign source, LibreOffice writes it as .docx in the same run.
        string[] foreign = [];
        if (ExternalTool.Find("pandoc") is not null)
        {
            File.WriteAllText(_dir.Combine("foreign.md"), ForeignDocumentTests.Source + "\n");
            var odt = ExternalTool.RunIn(_dir.Path, "pandoc", "foreign.md", "-s", "-o", _dir.Combine("in", "foreign.odt"));
            Assert.True(odt.ExitCode == 0, odt.Stderr);
            foreign = [_dir.Combine("in", "foreign.odt")];
        }

        var profile = new Uri(_dir.Combine("lo-profile") + "/").AbsoluteUri;
        string[] args = ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", _dir.Combine("out"), .. Originals.Keys.Select(n => _dir.Combine("in", n + ".docx")), .. foreign];
        var run = ExternalTool.RunIn(_dir.Path, "soffice", args);
        var result = new Dictionary<string, byte[]>();
        foreach (var name in Originals.Keys)
        {
            var path = _dir.Combine("out", name + ".docx");
            Assert.True(File.Exists(path), $"LibreOffice did not convert {name}.docx (exit {run.ExitCode}): {run.Stderr}");
            result[name] = File.ReadAllBytes(path);
        }

        if (foreign.Length > 0)
        {
            var path = _dir.Combine("out", "foreign.docx");
            Assert.True(File.Exists(path), $"LibreOffice did not convert foreign.odt (exit {run.ExitCode}): {run.Stderr}");
            result["foreign"] = File.ReadAllBytes(path);
        }

        return result;
    }

    public void Dispose()
    {
        Every.Dispose();
        _dir.Dispose();
    }
}
