namespace NkHandouts.Pdf.Tests.Print;

/// <summary>Every print-production file — PDFs and PNG previews — repeats byte for byte, and is clean for qpdf.</summary>
[Collection(PrintCollection.Name)]
public sealed class PrintDeterminismTests(PrintFixture print)
{
    public static TheoryData<string, string> Plans => new()
    {
        { "patient-leaflet", "a4.print" },
        { "trifold-leaflet", "a4" },
        { "trifold-leaflet", "letter.print" },
        { "booklet-a5", "a5.print" },
        { "booklet-a5", "a5.imposed" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_second_render_gives_the_same_pdf_and_previews(string template, string variant)
    {
        var first = print.Get(template, variant);
        using var stream = new MemoryStream();
        var again = new LeafletRenderer(new NkHandouts.Preview.LeafletPreviewer()).Render(first.Plan, print.Settings, stream);
        Assert.Equal(first.Bytes, stream.ToArray());
        Assert.Equal(first.Result.ExtraFiles.Select(f => f.FileName), again.ExtraFiles.Select(f => f.FileName));
        for (var i = 0; i < again.ExtraFiles.Count; i++)
        {
            Assert.Equal(first.Result.ExtraFiles[i].Content, again.ExtraFiles[i].Content);
        }
    }

    [Fact]
    public void Qpdf_check_is_clean_for_every_file()
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        foreach (var o in print.Outputs.Values)
        {
            var r = ExternalTool.Run(qpdf, "--check", o.Path);
            Assert.True(r.ExitCode == 0, o.Plan.FileName + ": " + r.Stdout + r.Stderr);
            Assert.DoesNotContain("WARNING", r.Stdout + r.Stderr, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void File_names_follow_the_print_and_screen_convention()
    {
        var names = print.Outputs.Keys.Order(StringComparer.Ordinal).ToArray();
        const string s = "nk-cell-therapy-myths.patient";
        const string t = "nk-cell-therapy-myths.patient-trifold";
        Assert.Equal(
            [
                $"{t}.trifold-leaflet.a4.pdf", $"{t}.trifold-leaflet.a4.print.pdf", $"{t}.trifold-leaflet.letter.pdf", $"{t}.trifold-leaflet.letter.print.pdf",
                $"{s}.booklet-a5.a5.pdf", $"{s}.booklet-a5.a5.print.pdf", $"{s}.booklet-a5.imposed.pdf",
                $"{s}.large-print.a4.pdf", $"{s}.large-print.a4.print.pdf",
                $"{s}.patient-leaflet.a4.pdf", $"{s}.patient-leaflet.a4.print.pdf", $"{s}.patient-leaflet.letter.pdf", $"{s}.patient-leaflet.letter.print.pdf",
            ],
            names);
    }
}
