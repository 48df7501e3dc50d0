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
    };

    public static TheoryData<string> Cases => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_import_gets_an_exact_answer(string name)
    {
        var row = Table[name];
        using var project = new ProjectCopy();
        // In the project folder with its default folders, as a user runs it: the briefing records 'content/….md'.
        var first = CliProcess.Run(project.Root, null, "build", "--only", "*.clinician-briefing.docx");
        Assert.True(first.Exit == 0, "the briefing was not built\n" + first.Out + first.Err);

        row.Setup(project);
        var article = File.ReadAllBytes(P(project, Article));
        var files = Directory.GetFiles(project.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (exit, output, error) = CliProcess.Run(project.Root, null, row.Args);
        File.SetAttributes(P(project, Article), FileAttributes.Normal);

        var all = output + error;
        Assert.True(exit == row.Exit, $"{name}: exit {exit}, expected {row.Exit}\n{output}\n{error}");
        Assert.Matches(new Regex(row.Expected, RegexOptions.Multiline), row.Stdout ? output : error);
        Assert.DoesNotMatch(new Regex(DotNet), all);
        Assert.DoesNotContain("NK400", all);
        Assert.DoesNotContain("internal error", all);
        if (exit != 0)
        {
            Assert.Contains("hint:", error);
            Assert.True(article.AsSpan().SequenceEqual(File.ReadAllBytes(P(project, Article))), $"{name}: a refused import changed the article");
            Assert.Equal(files, Directory.GetFiles(project.Content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)); // nothing created, no temp file
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

    private sealed record Row(Action<ProjectCopy> Setup, string[] Args, int Exit, string Expected, bool Stdout = false);
}
