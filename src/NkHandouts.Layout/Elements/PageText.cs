namespace NkHandouts.Layout;

/// <summary>Text made at draw time from the page number and page count ("Page 2 of 4"). For headers and footers;
/// measured with a wide sample so the space reserved does not change between passes.</summary>
internal sealed class PageText(Func<int, int, string> format, TextStyle style, ParagraphStyle paragraph) : Element
{
    public override SpaceRequest Measure(Slot slot) => new TextBlock([new TextSpan(format(888, 888), style)], paragraph).Measure(slot);

    public override void Draw(DrawContext context, Slot slot) =>
        new TextBlock([new TextSpan(format(context.PageNumber, context.TotalPages), style)], paragraph).Draw(context, slot);
}
