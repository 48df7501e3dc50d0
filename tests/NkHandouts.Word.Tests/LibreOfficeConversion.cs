namespace NkHandouts.Word.Tests;

/// <summary>
/// Converts a fixture's briefings to PDF in ONE LibreOffice run (each start costs a second or more), with a private
/// profile so parallel test runs do not share LibreOffice's lock, and reads each PDF back with pdftotext -layout.
/// Converted lazily, so a machine without LibreOffice reaches the test's skip before anything is started.
/// </summary>
public abstract class LibreOfficeConversion : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Lazy<IReadOnlyDictionary<string, string>> _texts;

    protected LibreOfficeConversion() => _texts = new(Convert);

    /// <summary>The PDF text (pdftotext -layout) of a converted briefing, pages separated by form feeds.</summary>
    public string Text(string name)
    {
        ExternalTool.Require("soffice", "libreoffice-writer-nogui");
        ExternalTool.Require("pdftotext", "poppler-utils");
        return _texts.Value[name];
    }

    /// <summary>The text of each page of a converted briefing, in order (pdftotext ends every page with a form feed).</summary>
    public IReadOnlyList<string> Pages(string name)
    {
        var pages = Text(name).Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    /// <summary>The briefings to convert, by name.</summary>
    protected abstract IReadOnlyDictionary<string, byte[]> Briefings();

    private IReadOnlyDictionary<string, string> Convert()
    {
        var inputs = Briefings();
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

    public virtual void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
