using NkHandouts.Layout;

namespace NkHandouts.Leaflet;

/// <summary>A leaflet laid out for one page size and variant, with where its folds are (tri-folds) for fold marks:
/// points from the trim's left edge, per page number.</summary>
public sealed record ComposedLeaflet(IPageLayout Layout, Func<int, IReadOnlyList<double>>? Folds = null);
