using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Build;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Cli.Tests;

/// <summary>The build protects edits: a briefing edited in the output folder is not overwritten (NK710, located,
/// with how to import it), the other outputs still build, and --force overwrites.</summary>
public sealed class EditProtectionTests
{
    private const string Briefing = "nk-cell-therapy-myths.clinician-briefing.docx";

    [Fact]
    public void Edited_briefing_is_refused_kept_and_others_built_then_force_overwrites()
    {
        using var project = new ProjectCopy();
        var first = CliRunner.Run(project.Args("build"));
        Assert.True(first.Exit == 0, first.Out + first.Err);
        var docx = Path.Combine(project.Out, Briefing);
        using (var doc = WordprocessingDocument.Open(docx, true))
        {
            doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("In the rapidly", StringComparison.Ordinal))
                .Append(new Run(new WText(" A clinician's addition.") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        var edited = File.ReadAllBytes(docx);
        var other = project.Outputs().First(f => f.Contains(".patient.", StringComparison.Ordinal) && f.EndsWith(".a4.pdf", StringComparison.Ordinal));
        var pdf = Path.Combine(project.Out, other);
        var pdfBefore = InputHasher.File(pdf);
        // Both articles change, so every output needs building again.
        File.AppendAllText(Path.Combine(project.Content, "nk-cell-therapy-myths.md"), "\nA new closing sentence.\n");
        File.AppendAllText(Path.Combine(project.Content, "nk-cell-therapy-myths.patient.md"), "\nAsk your care team.\n");

        var second = CliRunner.Run(project.Args("build"));
        Assert.Equal(1, second.Exit);
        Assert.Matches(@"clinician-briefing\.docx: error NK710: 'nk-cell-therapy-myths\.clinician-briefing\.docx' was edited after the build wrote it", second.Err);
        Assert.Contains("nkhandouts import", second.Err);
        Assert.Contains("--force", second.Err);
        Assert.Equal(edited, File.ReadAllBytes(docx));
        Assert.NotEqual(pdfBefore, InputHasher.File(pdf));
        Assert.Empty(Directory.GetFiles(project.Out, "*" + AtomicFile.TempSuffix));

        // Still refused on the next build: the manifest keeps the record of what the build wrote.
        Assert.Equal(1, CliRunner.Run(project.Args("build", "--only", "*.docx")).Exit);
        Assert.Equal(edited, File.ReadAllBytes(docx));

        var forced = CliRunner.Run(project.Args("build", "--force"));
        Assert.True(forced.Exit == 0, forced.Out + forced.Err);
        Assert.NotEqual(edited, File.ReadAllBytes(docx));
        Assert.Equal(0, CliRunner.Run(project.Args("build")).Exit);
    }
}
