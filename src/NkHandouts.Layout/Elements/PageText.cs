namespace NkHandouts.Layout;

/// <summary>Text made at draw time from the page number and page count ("Page 2 of 4"). For headers and footers;
/// measured with a wide sample so the space reserved does not change between passes. <paramref name="align"/>, when
/// given, picks the alignment per page (outer-edge page numbers in a booklet).</summary>
internal sealed class PageText(Func<int, int, string> format, TextStyle style, ParagraphStyle paragraph, Func<int, TextAlign>? align = null) : Element
{
    public override SpaceRequest Measure(Slot slot) => new TextBlock([new TextSpan(format(888, 888), style)], paragraph).Measure(slot);

    public override void Draw(DrawContext context, Slot slot) =>
        new TextBlock([new TextSpan(format(context.PageNumber, context.TotalPages), style)], align is null ? paragraph : paragraph with { Align = align(context.PageNumber) }).Draw(context, slot);
}
