using NkHandouts.Diagnostics;

namespace NkHandouts.Templates;

/// <summary>
/// One column a template sets text in, as its settings make it: the column's width before margins (the page, or a
/// tri-fold's panel), the margins taken from it, which margin key to point at, and where the width was set when a
/// template setting other than the page size sets it (a panel list). Outputs describe their columns
/// (<see cref="ITemplateOutput.TextColumns"/>); <see cref="TextColumnWidth"/> bounds them.
/// </summary>
public sealed record TextColumn(string Where, Length Width, Length Margins, string MarginKey, SourceLocation? WidthAt = null)
{
    public Length Text => Length.FromPt(Width.Points - Margins.Points);

    /// <summary>One column per page size, the page less its left and right margins: a single-column page.</summary>
    public static IReadOnlyList<TextColumn> OfPage(PageSetup page) =>
        [.. page.Sizes.Select(size => page.Landscape ? size.Landscape() : size).Select(s => new TextColumn(
            $"on {s.Name}", s.Width, Length.FromPt(page.Margins.Left.Points + page.Margins.Right.Points),
            page.Margins.Right.Points > page.Margins.Left.Points ? "right" : "left"))];
}
