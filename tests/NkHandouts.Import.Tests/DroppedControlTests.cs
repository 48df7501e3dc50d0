using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Import.Tests;

/// <summary>Content controls dropped (an editor that discards them) or all titles and tags lost: the import falls back
/// to matching by text and position and still gives exactly the same result.</summary>
public sealed class DroppedControlTests : IDisposable
{
    private readonly EveryConstruct _every = new();

    public void Dispose() => _every.Dispose();

    public static byte[] WithoutControls(byte[] docx) => RoundTrip.Edit(docx, doc =>
    {
        foreach (var root in new DocumentFormat.OpenXml.OpenXmlElement[] { doc.MainDocumentPart!.Document!.Body!, doc.MainDocumentPart.FootnotesPart!.Footnotes! })
        {
            foreach (var sdt in root.Descendants<SdtBlock>().Where(s => s.SdtProperties?.GetFirstChild<Tag>() is not null).Reverse().ToList())
            {
                foreach (var child in sdt.SdtContentBlock!.ChildElements.ToList())
                {
                    child.Remove();
                    sdt.InsertBeforeSelf(child);
                }

                sdt.Remove();
            }
        }
    });

    [Fact]
    public void Identity_holds_without_content_controls()
    {
        var docx = WithoutControls(RoundTrip.Briefing(_every.Path));
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.DoesNotContain(doc.MainDocumentPart!.Document!.Body!.Descendants<Tag>(), t => t.Val?.Value?.StartsWith("nkh:", StringComparison.Ordinal) == true);
        }

        IdentityTests.AssertIdentity(_every.Path, RoundTrip.Import(docx, _every.Path, _every.Folder));
    }

    [Fact]
    public void Edits_give_the_same_markdown_without_content_controls()
    {
        var original = File.ReadAllText(_every.Path);
        var result = RoundTrip.Import(WithoutControls(SdkEditTests.Edited(RoundTrip.Briefing(_every.Path))), _every.Path, _every.Folder);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(SdkEditTests.Expected(original), result.NewText);
    }

    [Fact]
    public void A_paragraph_split_in_two_and_two_merged_keep_every_word()
    {
        var original = File.ReadAllText(_every.Path);
        var docx = RoundTrip.Edit(RoundTrip.Briefing(_every.Path), doc =>
        {
            var opening = WordEdits.Find(doc, "Closing paragraph.");
            WordEdits.InsertAfter(opening, WordEdits.TextRun("Split off from the closing paragraph."));
            var first = WordEdits.Find(doc, "Quoted guidance paragraph.");
            var second = WordEdits.Find(doc, "A second quoted paragraph.");
            first.Append(WordEdits.TextRun(" A second quoted paragraph."));
            WordEdits.Delete(second);
        });
        var result = RoundTrip.Import(docx, _every.Path, _every.Folder);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(original
            .Replace("> Quoted guidance paragraph.\n>\n> A second quoted paragraph.\n", "> Quoted guidance paragraph. A second quoted paragraph.\n")
            .Replace("Closing paragraph.[^2]\n", "Closing paragraph.[^2]\n\nSplit off from the closing paragraph.\n"), result.NewText);
    }
}
