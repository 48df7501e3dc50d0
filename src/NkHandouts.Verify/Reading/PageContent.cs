using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>
/// A page's content stream seen as marked content: every painting operator with the marked-content sequences it
/// sits in, the MCIDs in the order they occur, and nesting faults (an artifact inside tagged content and the reverse).
/// </summary>
public sealed class PageContent
{
    private static readonly HashSet<string> PathPainting = new(StringComparer.Ordinal) { "S", "s", "f", "F", "f*", "B", "B*", "b", "b*" };
    private static readonly HashSet<string> TextShowing = new(StringComparer.Ordinal) { "Tj", "TJ", "'", "\"" };

    public required PdfPageRef Page { get; init; }

    public List<PaintedItem> Items { get; } = [];

    /// <summary>MCIDs in content order (each once, at its first occurrence).</summary>
    public List<int> McidOrder { get; } = [];

    /// <summary>Operator index of each artifact opened inside tagged content (01-003).</summary>
    public List<int> ArtifactInsideTagged { get; } = [];

    /// <summary>Operator index of each MCID opened inside an artifact (01-004).</summary>
    public List<int> TaggedInsideArtifact { get; } = [];

    /// <summary>Text shown per font resource name: the raw string bytes of each text-showing operator.</summary>
    public List<(string Font, byte[] Bytes)> Text { get; } = [];

    internal static PageContent Read(PdfInspection pdf, PdfPageRef page)
    {
        var content = new PageContent { Page = page };
        var stack = new List<Frame>();
        string font = "";
        var properties = pdf.Dict(pdf.Dict(page.Dictionary, "Resources"), "Properties");
        var operations = page.Load().Operations;
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            switch (op)
            {
                case BeginMarkedContent bmc:
                    Open(content, stack, new Frame(bmc.Name.Data, null), i);
                    break;
                case BeginMarkedContentWithProperties bdc:
                    var dict = bdc.Properties ?? (bdc.PropertyDictionaryName is { } n ? pdf.Dict(properties, n.Data) : null);
                    int? mcid = dict is not null && pdf.Get(dict, "MCID") is NumericToken m ? m.Int : null;
                    Open(content, stack, new Frame(bdc.Name.Data, mcid), i);
                    break;
                case EndMarkedContent:
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                case SetFontAndSize tf:
                    font = tf.Font.Data;
                    break;
                default:
                    var kind = KindOf(op.Operator);
                    if (kind is null)
                    {
                        break;
                    }

                    var tagged = stack.LastOrDefault(f => f.Mcid is not null);
                    content.Items.Add(new PaintedItem(i, kind.Value, tagged?.Mcid, stack.Any(f => f.IsArtifact))
                    {
                        XObject = (op as UglyToad.PdfPig.Graphics.Operations.InvokeNamedXObject)?.Name.Data,
                    });
                    if (kind == PaintKind.Text)
                    {
                        foreach (var bytes in TextBytes(op))
                        {
                            content.Text.Add((font, bytes));
                        }
                    }

                    break;
            }
        }

        return content;
    }

    private static void Open(PageContent content, List<Frame> stack, Frame frame, int index)
    {
        if (frame.IsArtifact && stack.Any(f => f.Mcid is not null))
        {
            content.ArtifactInsideTagged.Add(index);
        }

        if (frame.Mcid is { } id)
        {
            if (stack.Any(f => f.IsArtifact))
            {
                content.TaggedInsideArtifact.Add(index);
            }

            if (!content.McidOrder.Contains(id))
            {
                content.McidOrder.Add(id);
            }
        }

        stack.Add(frame);
    }

    private static PaintKind? KindOf(string op) => op switch
    {
        _ when TextShowing.Contains(op) => PaintKind.Text,
        _ when PathPainting.Contains(op) => PaintKind.Path,
        "Do" => PaintKind.XObject,
        "sh" => PaintKind.Shading,
        "BI" or "EI" => PaintKind.InlineImage,
        _ => null,
    };

    private static IEnumerable<byte[]> TextBytes(IGraphicsStateOperation op)
    {
        switch (op)
        {
            case ShowText t:
                yield return t.Bytes.ToArray();
                break;
            case MoveToNextLineShowText t:
                yield return t.Bytes.ToArray();
                break;
            case MoveToNextLineShowTextWithSpacing t:
                yield return t.Bytes.ToArray();
                break;
            case ShowTextsWithPositioning tj:
                foreach (var item in tj.Array)
                {
                    switch (item)
                    {
                        case HexToken h:
                            yield return h.Bytes.ToArray();
                            break;
                        case StringToken s:
                            yield return s.GetBytes();
                            break;
                    }
                }

                break;
        }
    }

    private sealed record Frame(string Tag, int? Mcid)
    {
        public bool IsArtifact => Tag == "Artifact";
    }
}

public enum PaintKind
{
    Text,
    Path,
    XObject,
    Shading,
    InlineImage,
}

/// <summary>A painting operator: its index in the page's operators, what it paints, the MCID of the innermost tagged
/// sequence around it (null when none) and whether an artifact encloses it.</summary>
public sealed record PaintedItem(int Operator, PaintKind Kind, int? Mcid, bool InArtifact)
{
    /// <summary>The resource name a <c>Do</c> operator paints (so no check needs the page's operators again).</summary>
    public string? XObject { get; init; }
}
