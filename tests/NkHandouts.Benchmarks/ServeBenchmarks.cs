using BenchmarkDotNet.Attributes;
using NkHandouts.Cli;
using NkHandouts.Serve;
using NkHandouts.Serve.Site;

namespace NkHandouts.Benchmarks;

/// <summary>
/// <c>nkhandouts serve</c> after a save, warm, on a copy of the sample content: <see cref="TextAndGrade"/> is what
/// the page shows first (the article re-read, re-analysed, marks ready); <see cref="PatientArticleRebuild"/> rebuilds
/// the patient article's outputs through the build's runner (4 templates: 10 files, PNG pages for the one it opens on,
/// reading gate, page check, PDF/UA verification), the other articles' outputs staying unchanged; <see cref="PatientArticleFirstLooks"/>
/// rebuilds only the file each of its templates opens on, <see cref="PatientArticleOnScreen"/> only the A4 leaflet a page
/// shows (what the writer sees second, after the text); <see cref="ClinicianArticleRebuild"/>
/// is one article with one output (its Word briefing). Each call changes one word, so every call is a real change.
/// </summary>
[MemoryDiagnoser]
public class ServeBenchmarks
{
    private string _root = null!;
    private PreviewSite _site = null!;
    private string _patient = null!;
    private string _clinician = null!;
    private string _patientText = null!;
    private string _clinicianText = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "nkh-bench", "serve-" + Environment.ProcessId);
        Copy(RepoPaths.Content, Path.Combine(_root, "content"));
        Copy(RepoPaths.Templates, Path.Combine(_root, "templates"));
        _patient = Path.Combine(_root, "content", "nk-cell-therapy-myths.patient.md");
        _clinician = Path.Combine(_root, "content", "nk-cell-therapy-myths.md");
        _patientText = File.ReadAllText(_patient);
        _clinicianText = File.ReadAllText(_clinician);
        _site = new PreviewSite(
            new ServeOptions { ContentDir = Path.Combine(_root, "content"), TemplatesDir = Path.Combine(_root, "templates"), WorkDir = Path.Combine(_root, "work") },
            new ServePipeline(Renderers.All(), Renderers.ReadingGate, Renderers.PageGate(), Renderers.Verifiers()));
        var first = _site.Refresh();
        Console.WriteLine($"// first build: {first.Articles.Sum(a => a.Templates.Sum(t => t.Outputs.Count))} outputs in {first.Elapsed.TotalSeconds:0.00} s");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _site.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public long TextAndGrade()
    {
        Edit(_patient, _patientText);
        return _site.Refresh(RefreshStage.Text).Version;
    }

    [Benchmark]
    public long PatientArticleFirstLooks()
    {
        _site.Viewing(null);
        Edit(_patient, _patientText);
        return _site.Refresh(RefreshStage.FirstLooks).Version;
    }

    [Benchmark]
    public long PatientArticleOnScreen()
    {
        _site.Viewing("nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf");
        Edit(_patient, _patientText);
        return _site.Refresh(RefreshStage.FirstLooks).Version;
    }

    [Benchmark]
    public long PatientArticleRebuild()
    {
        Edit(_patient, _patientText);
        return _site.Refresh().Version;
    }

    [Benchmark(Baseline = true)]
    public long ClinicianArticleRebuild()
    {
        Edit(_clinician, _clinicianText);
        return _site.Refresh().Version;
    }

    /// <summary>A different last word each time ("cells." / "cells. Ask us."), so the article's hash changes.</summary>
    private void Edit(string path, string original)
    {
        _edits++;
        File.WriteAllText(path, original.TrimEnd() + (_edits % 2 == 0 ? "\n\nAsk us.\n" : "\n\nAsk your nurse.\n"));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
