namespace NkHandouts.Templates;

/// <summary>A named or custom trim size, portrait dimensions.</summary>
public sealed record PageSize(string Name, Length Width, Length Height)
{
    public static readonly PageSize A4 = new("A4", Length.FromMm(210), Length.FromMm(297));
    public static readonly PageSize A5 = new("A5", Length.FromMm(148), Length.FromMm(210));
    public static readonly PageSize A3 = new("A3", Length.FromMm(297), Length.FromMm(420));
    public static readonly PageSize Letter = new("Letter", Length.FromPt(612), Length.FromPt(792));
    public static readonly PageSize Legal = new("Legal", Length.FromPt(612), Length.FromPt(1008));

    public static readonly IReadOnlyDictionary<string, PageSize> Named = new Dictionary<string, PageSize>(StringComparer.OrdinalIgnoreCase)
    {
        ["A4"] = A4,
        ["A5"] = A5,
        ["A3"] = A3,
        ["Letter"] = Letter,
        ["Legal"] = Legal,
    };

    public PageSize Landscape() => this with { Width = Height, Height = Width };
}
