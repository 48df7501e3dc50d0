namespace NkHandouts.Layout;

/// <summary>No file for a font family was found; names the family and every place looked in.</summary>
public sealed class FontNotFoundException(string family, IReadOnlyList<string> searched)
    : Exception($"font '{family}' was not found; looked in the template's fonts and {string.Join(", ", searched)}")
{
    public string Family { get; } = family;
    public IReadOnlyList<string> Searched { get; } = searched;
}
