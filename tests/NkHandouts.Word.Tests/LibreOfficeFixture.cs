namespace NkHandouts.Word.Tests;

/// <summary>
/// Converts every briefing the interop tests read in ONE LibreOffice run (each start costs a second or more), with a
/// private profile so parallel test runs do not share LibreOffice's lock. Converted lazily, so a machine without
/// LibreOffice reaches the test's skip before anything is started.
/// </summary>
public sealed class LibreOfficeFixture : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly SyntheticArticle _synthetic = new();
    private readonly Lazy<IReadOnlyDictionary<string, string>> _texts;

    public LibreOfficeFixture() => _texts = new(Convert);

    /// <summary>The PDF text (pdftotext -layout) of a converted briefing: "nk" or "synthetic".</summary>
    public string Text(string name)
    {
        ExternalTool.Require("soffice", "libreoffice-writer-nogui");
        ExternalTool.Require("pdftotext", "poppler-utils");
        return _texts.Value[name];
    }

    private IReadOnlyDictionary<string, string> Convert()
    {
        var inputs = new Dictionary<string, byte[]>
        {
            ["nk"] = Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate()),
            ["synthetic"] = Briefings.Render(_synthetic.Article, Briefings.BuiltIn()),
        };
        foreach (var (name, bytes) in inputs)
        {
            File.WriteAllBytes(_dir.Combine(name + ".docx"), bytes);
        }

        var profile = new Uri(_dir.Combine("lo-profile") + "/").AbsoluteUri;
        string[] args = ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _dir.Combine("pdf"), .. inputs.Keys.Select(n => _dir.Combine(n + ".docx"))];
        var run = ExternalTool.RunIn(_dir.Path, "soffice", args);
        var texts = new Dictionary<string, string>();
        foreach (var name in inputs.Keys)
        {
            var pdf = _dir.Combine("pdf", name + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {name}.docx (exit {run.ExitCode}): {run.Stderr}");
            var text = ExternalTool.Run("pdftotext", "-layout", pdf, "-");
            Assert.Equal(0, text.ExitCode);
            texts[name] = text.Stdout;
        }

        return texts;
    }

    public void Dispose()
    {
        _synthetic.Dispose();
        _dir.Dispose();
    }
}
