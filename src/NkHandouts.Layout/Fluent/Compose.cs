namespace NkHandouts.Layout;

/// <summary>Factory for the layout elements (the element classes themselves stay internal).</summary>
public static class Compose
{
    public static Element Column(double spacing, IEnumerable<Element> children) => new Column([.. children], spacing);

    public static Element Column(double spacing, params Element[] children) => new Column(children, spacing);

    public static Element Row(double spacing, params (RowWidth Width, Element Child)[] items) => new Row(items, spacing);

    public static Element Text(IReadOnlyList<TextSpan> spans, ParagraphStyle? paragraph = null) => new TextBlock(spans, paragraph ?? new ParagraphStyle());

    public static Element Text(string text, TextStyle style, ParagraphStyle? paragraph = null) => Text([new TextSpan(text, style)], paragraph);

    public static Element PageText(Func<int, int, string> format, TextStyle style, ParagraphStyle? paragraph = null, Func<int, TextAlign>? align = null) =>
        new PageText(format, style, paragraph ?? new ParagraphStyle(), align);

    public static Element Spacer(double height) => new Spacer(height);

    public static Element PageBreak() => new PageBreak();

    public static Element Rule(double thickness, Rgb colour, double spaceAfter = 0) => new Rule(thickness, colour, spaceAfter);

    public static Element Image(ImageData image, string description, double? maxWidth = null) => new ImageElement(image, description, maxWidth);

    public static Element Vector(VectorImage image, double width) => new VectorElement(image, width);
}

/// <summary>Wrappers that decorate an element: padding, boxes, tags, pagination rules.</summary>
public static class ElementExtensions
{
    public static Element Padding(this Element e, double all) => new Padding(e, all, all, all, all);

    public static Element Padding(this Element e, double top, double right, double bottom, double left) => new Padding(e, top, right, bottom, left);

    public static Element Box(this Element e, BoxStyle style) => new Box(e, style);

    public static Element Tag(this Element e, StructureTag tag, string? alt = null) => new Tagged(new StructureNode(tag, alt), e);

    public static Element Tag(this Element e, StructureNode node) => new Tagged(node, e);

    public static Element AsArtifact(this Element e) => new Artifact(e);

    public static Element KeepTogether(this Element e) => new KeepTogether(e);

    /// <summary>Kept together unless moving it would leave more than a quarter of the page empty; then it splits
    /// where its own rules allow.</summary>
    public static Element KeepTogetherUnlessSparse(this Element e) => new KeepTogether(e, yielding: true);

    public static Element WithKeepWithNext(this Element e)
    {
        e.KeepWithNext = true;
        return e;
    }

    public static Element WithKeepWithPrevious(this Element e)
    {
        e.KeepWithPrevious = true;
        return e;
    }

    public static Element Bookmark(this Element e, int level, string title) => new Bookmark(level, title, e);

    public static Element MaxWidth(this Element e, double width) => new MaxWidth(e, width);
}
