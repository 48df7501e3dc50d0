using NkHandouts.Leaflet.Booklet;
using NkHandouts.Leaflet.Single;
using NkHandouts.Leaflet.Trifold;

namespace NkHandouts.Leaflet;

/// <summary>The leaflet layouts, by <c>page.layout</c> name. The first is the default.</summary>
public static class LeafletLayouts
{
    public static readonly IReadOnlyList<ILeafletLayout> All = [new SingleLayout(), new TrifoldLayout(), new BookletLayout()];

    public static ILeafletLayout Default => All[0];

    public static ILeafletLayout? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
