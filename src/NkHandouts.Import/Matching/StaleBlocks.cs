using NkHandouts.Import.Model;

namespace NkHandouts.Import.Matching;

/// <summary>
/// When the article changed after the briefing was built, tells its blocks apart by the fingerprints the briefing's
/// content controls carry (<c>nkh:&lt;id&gt;:&lt;hash of the block's Markdown&gt;</c>). A block whose present Markdown
/// the briefing carries was shown to the clinician as it is: where the Word text differs, that is their edit. A block
/// whose present Markdown the briefing does not carry was changed (or added) in the Markdown after the build: the
/// briefing holds its old text, or none, so taking the briefing's would silently undo the Markdown's edit.
/// </summary>
/// <remarks>Only body blocks are judged: footnotes carry no content control (docs/round-trip.md), so theirs can never
/// be found. A briefing with no fingerprints at all (every control dropped by an editor) gives no evidence, and
/// nothing is judged.</remarks>
internal sealed class StaleBlocks
{
    /// <summary>Article leaves changed in the Markdown since the build whose Word text differs: whose edit is newer
    /// cannot be told (source index, word index).</summary>
    public List<(int Source, int Word)> Conflicts { get; } = [];

    /// <summary>Article leaves the briefing never held in their present form and the document lacks (added, or changed,
    /// in the Markdown since the build): the import would delete them.</summary>
    public List<int> NotInBriefing { get; } = [];

    /// <summary>How many of the article's body leaves the briefing carries as they are, of how many.</summary>
    public (int Carried, int Of) Fingerprints { get; private set; }

    public static StaleBlocks Find(IReadOnlyList<SourceLeaf> source, IReadOnlyList<WordLeaf> word, IReadOnlyList<(int Source, int Word)> pairs)
    {
        var found = new StaleBlocks();
        var recorded = word.SelectMany(w => w.Keys).Select(k => k.Hash).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (recorded.Count == 0)
        {
            return found;
        }

        var body = source.Where(s => s.Part == "body").ToList();
        found.Fingerprints = (body.Count(s => recorded.Contains(s.Key.Hash)), body.Count);
        var paired = pairs.ToDictionary(p => p.Source, p => p.Word);
        foreach (var s in body.Where(s => !recorded.Contains(s.Key.Hash)))
        {
            if (!paired.TryGetValue(s.Index, out var w))
            {
                found.NotInBriefing.Add(s.Index);
            }
            else if (!LeafMatcher.Same(s, word[w]))
            {
                found.Conflicts.Add((s.Index, w));
            }
        }

        return found;
    }
}
