namespace NkHandouts.Layout;

/// <summary>A composed document that draws itself onto a surface: a flow across pages (<see cref="DocumentLayout"/>)
/// or fixed frames on sheets (<see cref="FrameLayout"/>). Rendering again (PDF, then previews) gives the same drawing.</summary>
public interface IPageLayout
{
    LayoutReport Render(IDrawingSurface surface);
}
