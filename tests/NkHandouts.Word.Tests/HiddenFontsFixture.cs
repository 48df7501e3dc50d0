using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Tests;

/// <summary>
/// Renders the NK briefing through LibreOffice twice: with the machine's fonts, and with a private font
/// configuration that hides every DejaVu file, so the faces can come only from inside the file. A copy with its
/// embedded fonts removed goes through a third run, as the control that shows the hiding works. Pages are
/// rasterised (pdftoppm, grey, 40 dpi) for an exact comparison.
/// </summary>
public sealed class HiddenFontsFixture : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Lazy<Result> _result;

    public HiddenFontsFixture() => _result = new(Run);

    public sealed record Rendering(IReadOnlyList<byte[]> Pages, string Fonts, string Text);

    public sealed record Result(Rendering System, Rendering Hidden, Rendering HiddenWithoutEmbedded);

    public Result Renderings
    {
        get
        {
            ExternalTool.Require("soffice", "libreoffice-writer-nogui");
            ExternalTool.Require("pdftoppm", "poppler-utils");
            return _result.Value;
        }
    }

    private Result Run()
    {
        var docx = Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate());
        File.WriteAllBytes(_dir.Combine("nk.docx"), docx);
        File.WriteAllBytes(_dir.Combine("stripped.docx"), WithoutEmbeddedFonts(docx));

        var folders = FontFoldersWithoutDejaVu();
        if (folders.Count == 0)
        {
            Assert.Fail("no font folder other than DejaVu's: LibreOffice needs one to start (apt-get install fonts-urw-base35)");
        }

        var config = _dir.File("fonts.conf", $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
            {string.Concat(folders.Select(f => $"  <dir>{System.Security.SecurityElement.Escape(f)}</dir>\n"))}  <cachedir>{_dir.Combine("fc-cache")}</cachedir>
            </fontconfig>
            """);
        Convert("system", null, "nk.docx");
        var hidden = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config };
        // Separate runs: LibreOffice keeps the fonts one document embeds for the rest of its process.
        Convert("hidden", hidden, "nk.docx");
        Convert("control", hidden, "stripped.docx");
        return new Result(Read("system", "nk"), Read("hidden", "nk"), Read("control", "stripped"));
    }

    private void Convert(string outDir, IReadOnlyDictionary<string, string>? environment, params string[] files)
    {
        var profile = new Uri(_dir.Combine("lo-" + outDir) + "/").AbsoluteUri;
        var run = ExternalTool.RunWith(_dir.Path, environment, "soffice",
            ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _dir.Combine(outDir), .. files.Select(f => _dir.Combine(f))]);
        foreach (var f in files)
        {
            var pdf = _dir.Combine(outDir, Path.ChangeExtension(f, ".pdf"));
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {f} (exit {run.ExitCode}): {run.Stderr}");
        }
    }

    private Rendering Read(string outDir, string name)
    {
        var pdf = _dir.Combine(outDir, name + ".pdf");
        var prefix = _dir.Combine(outDir, name + "-page");
        Assert.Equal(0, ExternalTool.Run("pdftoppm", "-r", "40", "-gray", pdf, prefix).ExitCode);
        var pages = Directory.GetFiles(_dir.Combine(outDir), name + "-page*.pgm").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        return new Rendering(pages, ExternalTool.Run("pdffonts", pdf).Stdout, ExternalTool.Run("pdftotext", "-layout", pdf, "-").Stdout);
    }

    /// <summary>Every folder under /usr/share/fonts holding font files, except DejaVu's.</summary>
    private static List<string> FontFoldersWithoutDejaVu()
    {
        const string root = "/usr/share/fonts";
        if (!Directory.Exists(root))
        {
            return [];
        }

        string[] extensions = [".ttf", ".otf", ".pfb", ".t1", ".ttc"];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !f.Contains("dejavu", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetDirectoryName(f)!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static byte[] WithoutEmbeddedFonts(byte[] docx)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var doc = WordprocessingDocument.Open(buffer, true))
        {
            var table = doc.MainDocumentPart!.FontTablePart!;
            foreach (var e in table.Fonts!.Descendants().Where(e => e.LocalName.StartsWith("embed", StringComparison.Ordinal)).ToList())
            {
                e.Remove();
            }

            foreach (var part in table.Parts.ToList())
            {
                table.DeletePart(part.OpenXmlPart);
            }

            doc.MainDocumentPart.DocumentSettingsPart!.Settings!.RemoveAllChildren<EmbedTrueTypeFonts>();
        }

        return buffer.ToArray();
    }

    public void Dispose() => _dir.Dispose();
}
