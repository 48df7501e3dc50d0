namespace NkHandouts.Import.Model;

/// <summary>Something in a paragraph of the Word file that import does not bring into the Markdown (NK701): what it is,
/// why, and what the clinician can do. Most things simply have no Markdown form; a link the article may not hold (a
/// <c>javascript:</c> address) has one, but is refused, and adding it by hand would be refused too.</summary>
public sealed record UnmappedPart(string What, string Why = "has no Markdown form", string Hint = "add it to the article by hand if it should stay")
{
    public static implicit operator UnmappedPart(string what) => new(what);
}
