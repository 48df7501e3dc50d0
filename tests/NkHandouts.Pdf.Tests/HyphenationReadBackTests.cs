using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Verify;
using NkHandouts.Verify.Accessibility;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NkHandouts.Pdf.Tests;

/// <summary>
/// The English and Spanish patient tri-folds (narrow panels: hyphenated by default) read back by tools that did not write it:
/// PdfPig's marked content and pdftotext read every split word whole through its replacement text, the file still
/// passes our PDF/UA check, and no glossary term is ever split. Files stay in /tmp/nkh-hyphenation-* to look at.
/// </summary>
public sealed class HyphenationReadBackTests
{
    private static readonly string[] ArticleFiles = ["nk-cell-therapy-myths.patient-trifold.md", "nk-cell-therapy-myths.patient-trifold.es.md"];
    private static readonly string Folder = TempDir.PerClone("nkh-hyphenation");
    private static readonly string[] Glossary = [.. File.ReadAllLines(Path.Combine(Repo.Content, "glossary.yaml"))
        .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains(':')).Select(l => l[..l.IndexOf(':')])];

    private static readonly Lazy<Dictionary<string, byte[]>> Built = new(() => Build(Glossary));

    private static Dictionary<string, byte[]> Build(IReadOnlyList<string> never)
    {
        Directory.CreateDirectory(Folder);
        var template = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Single(t => t.Name == "trifold-leaflet");
        var renderer = new LeafletRenderer();
        var files = new Dictionary<string, byte[]>();
        foreach (var article in ArticleFiles.Select(f => ArticleLoader.Load(Path.Combine(Repo.Content, f)).Value!))
        {
            foreach (var plan in renderer.Plan(article, template).Where(p => !p.Print))
            {
                using var stream = new MemoryStream();
                var result = renderer.Render(plan, RenderSettings.For(article) with { NeverHyphenate = never }, stream);
                Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
                files[plan.FileName] = stream.ToArray();
                File.WriteAllBytes(Path.Combine(Folder, (never.Count == 0 ? "unprotected." : "") + plan.FileName), stream.ToArray());
            }
        }

        return files;
    }

    public static TheoryData<string> Files() => [.. Built.Value.Keys];

    /// <summary>The replacement texts of split words' first halves, read by PdfPig.</summary>
    private static List<string> SplitWords(byte[] pdf) => [.. Splits(pdf).Select(s => s.Word)];

    /// <summary>Each split word's first half as printed ("treat-") and its replacement text ("treatment").</summary>
    private static List<(string Head, string Word)> Splits(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var words = new List<(string, string)>();
        foreach (var page in doc.GetPages())
        {
            Walk(page.GetMarkedContents(), m =>
            {
                if (m.ActualText is { Length: > 0 } actual && m.Letters.Count > 0 && m.Letters[^1].Value == "-")
                {
                    words.Add((string.Concat(m.Letters.Select(l => l.Value)), actual));
                }
            });
        }

        return words;
    }

    /// <summary>A page's text as a replacement-aware reader gets it: marked content with ActualText reads as that.</summary>
    private static string ReadWithReplacements(Page page)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var m in page.GetMarkedContents())
        {
            Append(m, sb);
        }

        return sb.ToString();
    }

    private static void Append(MarkedContentElement m, System.Text.StringBuilder sb)
    {
        if (m.ActualText is { } actual)
        {
            sb.Append(actual);
            return;
        }

        if (m.Children.Count == 0)
        {
            sb.Append(string.Concat(m.Letters.Select(l => l.Value)));
            return;
        }

        foreach (var child in m.Children)
        {
            Append(child, sb);
        }
    }

    private static void Walk(IEnumerable<MarkedContentElement> elements, Action<MarkedContentElement> visit)
    {
        foreach (var m in elements)
        {
            visit(m);
            Walk(m.Children, visit);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Narrow_panels_are_hyphenated_and_every_split_word_reads_whole(string file)
    {
        var pdf = Built.Value[file];
        var split = SplitWords(pdf);
        Assert.NotEmpty(split); // the tri-fold's panels do hyphenate: otherwise the checks below prove nothing

        using var doc = PdfDocument.Open(pdf);
        var read = PdfText.Squash(string.Concat(doc.GetPages().Select(ReadWithReplacements)));
        foreach (var word in split)
        {
            Assert.Contains(PdfText.Squash(word), read);
            var head = word[..Math.Max(2, word.Length / 2)];
            Assert.DoesNotContain(PdfText.Squash(head) + "-", read.Replace(PdfText.Squash(word), "", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Pdftotext_reads_split_words_whole_in_every_mode(string file)
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var path = Path.Combine(Folder, file);
        var split = Splits(Built.Value[file]);
        foreach (var mode in new[] { "-raw", "-layout" })
        {
            var r = ExternalTool.Run(pdftotext, mode, path, "-");
            Assert.Equal(0, r.ExitCode);
            foreach (var (head, word) in split)
            {
                Assert.Contains(word.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\u201D'), r.Stdout);
                Assert.DoesNotMatch(@"(?<!\p{L})" + System.Text.RegularExpressions.Regex.Escape(head) + @"\s*\r?\n", r.Stdout);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_hyphenated_leaflet_still_passes_the_PDF_UA_check(string file)
    {
        var verdict = new PdfVerifier([new PdfUaCheck()]).Verify(file, Built.Value[file]);
        Assert.True(verdict.Passed, string.Join("; ", verdict.Findings.Select(f => f.ToString())));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_Spanish_trifold_fits_at_12_pt_in_Spanish_with_its_notices(string file)
    {
        if (!file.Contains(".es.", StringComparison.Ordinal))
        {
            return;
        }

        // Built at all (no NK410 panel overflow: Build asserts no error), and every panel in Spanish (the draft mark, set
        // by the build, is checked in Cli GovernanceTests).
        using var doc = PdfDocument.Open(Built.Value[file]);
        var text = PdfText.Squash(string.Concat(doc.GetPages().Select(ReadWithReplacements)));
        foreach (var phrase in new[] { "Traducción sin revisar", "Puntos clave", "Mito", "Realidad", "Contacto", "Revisar antes del 19 de diciembre de 2026" })
        {
            Assert.Contains(PdfText.Squash(phrase), text);
        }

        Assert.DoesNotContain("DRAFT", text);
        Assert.DoesNotContain(PdfText.Squash("Key points"), text);
    }

    [Fact]
    public void No_glossary_term_is_split_and_protection_is_what_keeps_it_whole()
    {
        var words = Glossary.SelectMany(t => t.Split(' ', '-')).Select(w => w.ToLowerInvariant()).ToHashSet();
        foreach (var pdf in Built.Value.Values)
        {
            Assert.DoesNotContain(SplitWords(pdf), w => words.Contains(new string([.. w.Where(char.IsLetter)]).ToLowerInvariant().TrimEnd('s')) || words.Contains(new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()));
        }

        // Without the glossary, at least one word the glossary protects is split somewhere: protection is doing work.
        var unprotected = Build([]).Values.SelectMany(SplitWords).Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).ToList();
        var protectedNow = Built.Value.Values.SelectMany(SplitWords).Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).ToHashSet();
        Assert.Contains(unprotected, w => !protectedNow.Contains(w));
    }
}
