using NkHandouts.Content;
using NkHandouts.Templates;

namespace NkHandouts.Rendering;

/// <summary>
/// One output file to make. <see cref="FileName"/> is relative to the output folder, named
/// <c>&lt;article slug&gt;.&lt;template&gt;[.&lt;variant&gt;].&lt;ext&gt;</c>, e.g.
/// <c>nk-cell-therapy-myths.patient-leaflet.a4.pdf</c>. <see cref="Variant"/> is renderer-specific (page size, print
/// or screen); <see cref="Size"/> is the page size for leaflet variants.
/// </summary>
public sealed record OutputPlan(Article Article, Template Template, string FileName, string Variant, PageSize? Size = null, bool Print = false)
{
    public override string ToString() => FileName;
}
