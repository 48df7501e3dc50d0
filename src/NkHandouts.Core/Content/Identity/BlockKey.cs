namespace NkHandouts.Content.Identity;

/// <summary>
/// The identity a block carries into an editable output: <see cref="Id"/> is its position in document order
/// (<c>b12</c>, footnote blocks <c>f2.b1</c>), stable for the same source; <see cref="Hash"/> is a short SHA-256 of
/// the block's exact Markdown source, so an importer can tell whether the article changed since the output was made.
/// </summary>
public sealed record BlockKey(string Id, string Hash)
{
    public const string Prefix = "nkh:";

    /// <summary>The text stored in the output: <c>nkh:b12:3f9a0c…</c>.</summary>
    public string Tag => Prefix + Id + ":" + Hash;

    /// <summary>Reads a tag written by <see cref="Tag"/>; null for anything else (content controls users add).</summary>
    public static BlockKey? Parse(string? tag)
    {
        if (tag is null || !tag.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = tag[Prefix.Length..];
        var colon = rest.LastIndexOf(':');
        return colon <= 0 || colon == rest.Length - 1 ? null : new BlockKey(rest[..colon], rest[(colon + 1)..]);
    }
}
