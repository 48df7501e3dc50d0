using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>One structure element as written in the file: its type (/S), the standard type it maps to through the
/// role map, its children in order (elements, marked-content references, object references) and the entries the
/// checks read (<see cref="Dictionary"/>).</summary>
/// <remarks>A long leaflet has tens of thousands of elements, so an element keeps arrays sized to what it has and
/// shares one empty dictionary when it has none of the read entries; it never holds PdfPig's dictionary.</remarks>
public sealed class StructureElement
{
    /// <summary>The entries of a structure element the checks read. Any other entry is left out.</summary>
    public static readonly IReadOnlySet<string> ReadEntries = new HashSet<string>(StringComparer.Ordinal)
    {
        "Alt", "ActualText", "E", "Lang", "ID", "A",
    };

    internal StructureElement(IndirectReference? objectRef, StructureElement? parent, string type)
    {
        ObjectRef = objectRef;
        Parent = parent;
        Type = type;
    }

    /// <summary>The element's <see cref="ReadEntries"/> as in the file, indirect values resolved (a value that does
    /// not resolve stays the reference, to fail where a check reads it).</summary>
    public DictionaryToken Dictionary { get; internal set; } = DictionaryToken.Empty;

    public IndirectReference? ObjectRef { get; }

    /// <summary>The element's own /Pg entry (the page its content is on), when it is a reference.</summary>
    public IndirectReference? Page { get; internal init; }

    public StructureElement? Parent { get; }

    /// <summary>The /S entry as written.</summary>
    public string Type { get; }

    /// <summary>The standard structure type after following the role map; null when the mapping never reaches one.</summary>
    public string? Standard { get; internal set; }

    public IReadOnlyList<StructureElement> Elements { get; internal set; } = [];

    /// <summary>Marked-content sequences this element owns: the page object and the MCID.</summary>
    public IReadOnlyList<(IndirectReference? Page, int Mcid)> Mcids { get; internal set; } = [];

    /// <summary>Objects (annotations, XObjects) this element owns through OBJR.</summary>
    public IReadOnlyList<IndirectReference> Objects { get; internal set; } = [];

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
