using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Leaflet.Single;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Booklet;

/// <summary><c>layout: booklet</c>: reading pages like <c>single</c> with a one-line footer (title, page number) on the
/// outer edge of each spread and the edition (version, review date) closing the last page, plus imposed sheets (two pages a side, saddle-stitch order) to print duplex, fold and staple.</summary>
public sealed class BookletLayout : ILeafletLayout
{
    public string Name => "booklet";

    public bool Imposed => true;

    public ComposedLeaflet Compose(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null) =>
        new(new LeafletComposer(article, template, fonts, diagnostics, neverHyphenate) { Booklet = true }.Compose(size, print));
}
