using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>One structure element as written in the file: its type (/S), the standard type it maps to through the
/// role map, its children in order (elements, marked-content references, object references) and its entries.</summary>
public sealed class StructureElement(DictionaryToken dictionary, IndirectReference? objectRef, StructureElement? parent, string type)
{
    public DictionaryToken Dictionary { get; } = dictionary;

    public IndirectReference? ObjectRef { get; } = objectRef;

    public StructureElement? Parent { get; } = parent;

    /// <summary>The /S entry as written.</summary>
    public string Type { get; } = type;

    /// <summary>The standard structure type after following the role map; null when the mapping never reaches one.</summary>
    public string? Standard { get; internal set; }

    public List<StructureElement> Elements { get; } = [];

    /// <summary>Marked-content sequences this element owns: the page object and the MCID.</summary>
    public List<(IndirectReference? Page, int Mcid)> Mcids { get; } = [];

    /// <summary>Objects (annotations, XObjects) this element owns through OBJR.</summary>
    public List<IndirectReference> Objects { get; } = [];

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>A short path for messages: <c>Document/Sect[2]/Table/TR[1]/TH[3]</c>.</summary>
    public string Path
    {
        get
        {
            if (Parent is null)
            {
                return Type;
            }

            var same = Parent.Elements.Where(e => e.Type == Type).ToList();
            var index = same.Count > 1 ? $"[{same.IndexOf(this) + 1}]" : "";
            return $"{Parent.Path}/{Type}{index}";
        }
    }

    public IEnumerable<StructureElement> Descendants()
    {
        foreach (var e in Elements)
        {
            yield return e;
            foreach (var d in e.Descendants())
            {
                yield return d;
            }
        }
    }

    public override string ToString() => Path;
}
