using System.IO.Compression;
using System.Text.RegularExpressions;
using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The hostile cases of <c>nkhandouts import</c> (issue #19, round 10), one table, each through the real executable
/// in a child process, as <see cref="HostileCaseTests"/> does: a copy of the project builds its briefing only (import
/// needs nothing else, and a full build per row would cost minutes in CI), the briefing or the article is damaged as
/// a clinician's tools or an attacker would, and import runs. Each row says the exit status, the diagnostic (a regex
/// on standard error, or standard output), and what must not appear (.NET's own words). Whatever the row, a refused
/// import leaves the article byte for byte as it was, and no row may crash, reach NK400 or leak a stack trace.
/// </summary>
public sealed class ImportHostileCaseTests
{
    private const string Article = "content/nk-cell-therapy-myths.md";
    private const string Briefing = "out/nk-cell-therapy-myths.clinician-briefing.docx";
    private const string Damaged = @"\n  hint: the file is damaged: open it in Word \(which offers to repair it\) or LibreOffice, save it again";

    /// <summary>.NET's and the SDK's own words, which must never reach a clinician.</summary>
    private const string DotNet = @"Line \d+, position|Unexpected end of file|Exception|Central Directory|does not exist in the package|   at ";

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["a part cut short"] = new(p => Part(p, "word/document.xml", x => x[..(x.Length / 2)]),
            ["import", Briefing, "--write"], 1, @"^out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK705: the document cannot be read: part 'word/document\.xml' is damaged at line 1, column \d+: its XML breaks off before its elements are closed \(the part was cut short\)" + Damaged),
        ["a broken tag in the styles"] = new(p => Part(p, "word/styles.xml", x => new Regex("</w:style>").Replace(x, "</w:styl>", 1)),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'word/styles\.xml' is damaged at line 1, column \d+: its XML is not well-formed there" + Damaged),
        ["a damaged part import does not read (the header)"] = new(p => Part(p, "word/header1.xml", x => x.Replace("</w:p>", "", StringComparison.Ordinal)),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'word/header1\.xml' is damaged at line 1, column \d+"),
        ["a damaged relationship list"] = new(p => Part(p, "word/_rels/document.xml.rels", x => x[..40]),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'word/_rels/document\.xml\.rels' is damaged at line 1, column \d+: its XML breaks off"),
        ["a zip cut short"] = new(p => File.WriteAllBytes(P(p, Briefing), File.ReadAllBytes(P(p, Briefing))[..50_000]),
            ["import", Briefing], 1, @"error NK705: not a Word document \(\.docx\) that can be read: it is not a complete zip archive \(a \.docx is one\): it is damaged, cut short, or not a Word document at all\n  hint: copy the file again"),
        ["an empty file"] = new(p => File.WriteAllBytes(P(p, Briefing), []),
            ["import", Briefing], 1, @"error NK705: not a Word document \(\.docx\) that can be read: it is not a complete zip archive"),
        ["no word/document.xml"] = new(p => Drop(p, "word/document.xml"),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'word/document\.xml' is missing: '_rels/\.rels' names it as the main document part \(the file is damaged\)" + Damaged),
        ["no styles"] = new(p => Drop(p, "word/styles.xml"),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'word/styles\.xml' is missing: 'word/_rels/document\.xml\.rels' names it as the styles part"),
        ["no custom properties"] = new(p => Drop(p, "docProps/custom.xml"),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: part 'docProps/custom\.xml' is missing"),
        ["no content types"] = new(p => Drop(p, "[Content_Types].xml"),
            ["import", Briefing], 1, @"error NK705: the document cannot be read: it has no part '\[Content_Types\]\.xml', which every Word document has"),
        ["an empty body"] = new(p => Part(p, "word/document.xml", x => Regex.Replace(x, "<w:body>.*<w:sectPr", "<w:body><w:p/><w:sectPr", RegexOptions.Singleline)),
            ["import", Briefing, "--write"], 1, @"^out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK711: the document's body holds no text, so importing it would delete every block of 'content/nk-cell-therapy-myths\.md'; nothing was imported\n  hint: check that this is the file the clinician saved"),
        ["the recorded article is gone"] = new(p => Part(p, "docProps/custom.xml", x => x.Replace(Article, "content/renamed-since.md", StringComparison.Ordinal)),
            ["import", Briefing, "--write"], 1, @"^out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK704: the document was built from '[^']*content/renamed-since\.md', which does not exist \(renamed or deleted since\?\); nothing was written\n  hint: pass --article content/NAME\.md"),
        ["a read-only article"] = new(p => { Edit(p); File.SetAttributes(P(p, Article), FileAttributes.ReadOnly); },
            ["import", Briefing, "--write"], 2, @"^content/nk-cell-therapy-myths\.md: error NK902: cannot write 'content/nk-cell-therapy-myths\.md': the file is read-only; it was left as it is\n  hint: make it writable"),
        ["a DATE field typed into a paragraph"] = new(p => Part(p, "word/document.xml", x => x.Replace("It’s crucial", "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"d MMMM yyyy\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>30 November 2026</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> It’s crucial", StringComparison.Ordinal)),
            ["import", Briefing], 0, @"^content/nk-cell-therapy-myths\.md:26:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx paragraph \d+: a DATE field has no Markdown form; its text \(if any\) was kept"),
        ["a briefing returned after the Markdown changed"] = new(p => EditArticle(p, "The reality is far more nuanced.", "The reality is far more nuanced (edited in the Markdown since)."),
            ["import", Briefing, "--write"], 1, @"^content/nk-cell-therapy-myths\.md:\d+:1: error NK712: nk-cell-therapy-myths\.clinician-briefing\.docx paragraph \d+: this block changed in nk-cell-therapy-myths\.md after the briefing was built, and the briefing's text differs from it \(Markdown: ""…[^""]*nuanced \(edited in the[^""]*""; briefing: ""…[^""]*nuanced\. Nk cell[^""]*""\): an edit in Word cannot be told from the old text, so nothing was imported\n  hint: compare the two; pass --conflicts markdown"),
        ["--conflicts markdown keeps the Markdown's edit and imports the rest"] = new(p => { EditArticle(p, "The reality is far more nuanced.", "The reality is far more nuanced (edited in the Markdown since)."); Edit(p); },
            ["import", Briefing, "--write", "--conflicts", "markdown"], 0, @"^content/nk-cell-therapy-myths\.md:\d+:1: warning NK712: .*; the Markdown's text was kept \(--conflicts markdown\)",
            After: @"It is crucial to separate[\s\S]*far more nuanced \(edited in the Markdown since\)\."),
        ["a paragraph added to the Markdown after the build"] = new(p => EditArticle(p, "## Myth 1:", "A paragraph written after the build.\n\n## Myth 1:"),
            ["import", Briefing, "--write"], 0, @"^content/nk-cell-therapy-myths\.md:\d+:1: warning NK712: this block is not in nk-cell-therapy-myths\.clinician-briefing\.docx as it is now \(it was added or changed in nk-cell-therapy-myths\.md after the briefing was built\), so the clinician never saw it; it was kept",
            After: @"\nA paragraph written after the build\.\n\n## Myth 1:"),
        ["a briefing of another article"] = new(p => Part(p, "docProps/custom.xml", x => x.Replace(Article, "content/nk-cell-therapy-myths.patient.md", StringComparison.Ordinal)),
            ["import", Briefing, "--write"], 1, @"^out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK713: nk-cell-therapy-myths\.clinician-briefing\.docx was not built from content/nk-cell-therapy-myths\.patient\.md as it is: it carries 0 of the article's \d+ blocks",
            Target: "content/nk-cell-therapy-myths.patient.md"),
        ["a javascript: link made in Word"] = new(p => Part(p, "word/document.xml", x => x.Replace("It’s crucial", "</w:t></w:r><w:fldSimple w:instr=\" HYPERLINK &quot;javascript:alert(1)&quot; \"><w:r><w:t>Click here.</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> It’s crucial", StringComparison.Ordinal)),
            ["import", Briefing, "--write"], 0, @"^content/nk-cell-therapy-myths\.md:26:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx paragraph \d+: a link to 'javascript:alert\(1\)' is refused \('javascript:' links are not allowed\); its text \(if any\) was kept, the rest was not imported\n  hint: an article may link only to http, https, mailto and tel addresses \(NK110\): link the text in the article to such an address if it needs one",
            After: @"emerged\. Click here\. It's crucial(?![\s\S]*javascript)"),
        ["a picture replaced in Word"] = new(p => PartBytes(p, "media/image.png", TestImages.Png(60, 40, 200, 20, 20)),
            ["import", Briefing], 0, @"^content/nk-cell-therapy-myths\.md:\d+:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx paragraph \d+: the picture was replaced in Word; pictures are not imported, so the article still shows 'chart\.png'",
            Prepare: p => { File.WriteAllBytes(P(p, "content/chart.png"), TestImages.Png(60, 40)); File.AppendAllText(P(p, Article), "\n![A chart of NK cell counts](chart.png)\n"); }),
        ["an HTML chunk pasted in by another program (altChunk)"] = new(AltChunk,
            ["import", Briefing], 0, @"^content/nk-cell-therapy-myths\.md:\d+:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx after paragraph \d+: an embedded chunk of another document \(altChunk\) that Word shows as text has no Markdown form; it was not imported"),
        ["text typed into the page header"] = new(p => Part(p, "word/header1.xml", x => x.Replace("Riverside Cancer Care Clinic", "Riverside Cancer Care Clinic. Not for use in pregnancy.", StringComparison.Ordinal)),
            ["import", Briefing], 0, @"^content/nk-cell-therapy-myths\.md:1:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx: text typed in the page header \(""Riverside Cancer Care Clinic\. Not for\.\.\.""\) has no Markdown form; it was not imported"),
        ["a paragraph typed after the source note"] = new(p => Part(p, "word/document.xml", x => x.Replace("<w:sectPr", "<w:p><w:pPr><w:pStyle w:val=\"SourceNote\" /></w:pPr><w:r><w:t>Reviewed by the tumour board.</w:t></w:r></w:p><w:sectPr", StringComparison.Ordinal)),
            ["import", Briefing], 0, @"^content/nk-cell-therapy-myths\.md:1:1: warning NK701: nk-cell-therapy-myths\.clinician-briefing\.docx: text typed in the lines the build writes around the article \(info line, disclaimer, source note\) \(""Reviewed by the tumour board\.""\) has no Markdown form"),
        // 1.3 MB of zip, 25 MB of XML: within SafeArchive's limits, yet the import ran for over 12 minutes at 630 MB.
        ["400,000 short paragraphs"] = new(p => Part(p, "word/document.xml", x => x.Replace("<w:sectPr", string.Concat(Enumerable.Range(0, 400_000).Select(i => $"<w:p><w:r><w:t>Para {i}.</w:t></w:r></w:p>")) + "<w:sectPr", StringComparison.Ordinal)),
            ["import", Briefing, "--write"], 1, @"^out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK705: the document is refused: it holds 400,\d{3} paragraphs; import reads at most 20,000 .*\n  hint: check that this is the clinician's file"),
    };

    public static TheoryData<string> Cases => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_import_gets_an_exact_answer(string name)
    {
        var row = Table[name];
        using var project = new ProjectCopy();
        row.Prepare?.Invoke(project);
        // In the project folder with its default folders, as a user runs it: the briefing records 'content/….md'.
        var first = CliProcess.Run(project.Root, null, "build", "--only", "*.clinician-briefing.docx");
        Assert.True(first.Exit == 0, "the briefing was not built\n" + first.Out + first.Err);

        row.Setup(project);
        var article = File.ReadAllBytes(P(project, row.Target));
        var files = Directory.GetFiles(project.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (exit, output, error) = CliProcess.Run(project.Root, null, row.Args);
        File.SetAttributes(P(project, row.Target), FileAttributes.Normal);

        var all = output + error;
        Assert.True(exit == row.Exit, $"{name}: exit {exit}, expected {row.Exit}\n{output}\n{error}");
        Assert.Matches(new Regex(row.Expected, RegexOptions.Multiline), row.Stdout ? output : error);
        Assert.DoesNotMatch(new Regex(DotNet), all);
        Assert.DoesNotContain("NK400", all);
        Assert.DoesNotContain("internal error", all);
        if (exit != 0)
        {
            Assert.Contains("hint:", error);
            Assert.True(article.AsSpan().SequenceEqual(File.ReadAllBytes(P(project, row.Target))), $"{name}: a refused import changed the article");
            Assert.Equal(files, Directory.GetFiles(project.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)); // nothing created, no temp file
        }

        if (row.After is not null)
        {
            Assert.Matches(new Regex(row.After), File.ReadAllText(P(project, row.Target)).ReplaceLineEndings("\n"));
        }
    }

    private static string P(ProjectCopy project, string relative) => Path.GetFullPath(Path.Combine(project.Root, relative));

    /// <summary>A clinician's edit in the briefing, so a write has something to write.</summary>
    private static void Edit(ProjectCopy project) => Part(project, "word/document.xml", x => x.Replace("It’s crucial", "It is crucial", StringComparison.Ordinal));

    /// <summary>Rewrites one part of the built briefing, as a hand with a zip tool (or a broken sync) would.</summary>
    private static void Part(ProjectCopy project, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(P(project, Briefing), ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        var changed = edit(text);
        Assert.NotEqual(text, changed);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(changed);
    }

    private static void Drop(ProjectCopy project, string part)
    {
        using var zip = ZipFile.Open(P(project, Briefing), ZipArchiveMode.Update);
        zip.GetEntry(part)!.Delete();
    }

    /// <summary>An HTML chunk (w:altChunk) at the end of the body, as programs that fill Word documents insert one.</summary>
    private static void AltChunk(ProjectCopy project)
    {
        Part(project, "word/document.xml", x => x.Replace("<w:sectPr", "<w:altChunk r:id=\"rIdAlt\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" /><w:sectPr", StringComparison.Ordinal));
        Part(project, "word/_rels/document.xml.rels", x => x.Replace("</Relationships>", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"/word/chunk.html\" Id=\"rIdAlt\" /></Relationships>", StringComparison.Ordinal));
        Part(project, "[Content_Types].xml", x => x.Replace("</Types>", "<Default Extension=\"html\" ContentType=\"text/html\" /></Types>", StringComparison.Ordinal));
        PartBytes(project, "word/chunk.html", "<html><body><p>Give the second dose after 14 days.</p></body></html>"u8.ToArray());
    }

    private static void EditArticle(ProjectCopy project, string what, string with)
    {
        var text = File.ReadAllText(P(project, Article));
        Assert.Contains(what, text);
        File.WriteAllText(P(project, Article), text.Replace(what, with, StringComparison.Ordinal));
    }

    private static void PartBytes(ProjectCopy project, string part, byte[] bytes)
    {
        using var zip = ZipFile.Open(P(project, Briefing), ZipArchiveMode.Update);
        zip.GetEntry(part)?.Delete();
        using var stream = zip.CreateEntry(part).Open();
        stream.Write(bytes);
    }

    /// <summary>A row: <paramref name="Prepare"/> changes the project before the briefing is built, <paramref name="Setup"/>
    /// after; <paramref name="Target"/> is the article that must stay byte for byte when the import is refused, and
    /// <paramref name="After"/> what it must hold afterwards.</summary>
    private sealed record Row(Action<ProjectCopy> Setup, string[] Args, int Exit, string Expected, bool Stdout = false, string Target = Article, string? After = null,
        Action<ProjectCopy>? Prepare = null);
}
