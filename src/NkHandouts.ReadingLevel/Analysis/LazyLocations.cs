using System.Collections;
using NkHandouts.Diagnostics;

namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>Source locations worked out on first use: locating every complex word of a long text costs as much as
/// analysing it, and most analyses (a build's reading gate, the text summary) never read them.</summary>
internal sealed class LazyLocations(Func<IReadOnlyList<SourceLocation>> locate) : IReadOnlyList<SourceLocation>
{
    private readonly Lazy<IReadOnlyList<SourceLocation>> _locations = new(locate);

    public SourceLocation this[int index] => _locations.Value[index];

    public int Count => _locations.Value.Count;

    public IEnumerator<SourceLocation> GetEnumerator() => _locations.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
