namespace NkHandouts.Layout;

/// <summary>
/// One line of a paragraph: characters [Start, End) of which [Start, VisibleEnd) are drawn (trailing spaces hang),
/// its natural width, and whether it ends at a soft hyphen (draw '-') or at a forced break/paragraph end (not
/// stretched when justified). Height and Baseline are from the line's top.
/// </summary>
internal readonly record struct TextLine(int Start, int End, int VisibleEnd, double Width, bool Hyphenated, bool LastOfParagraph, double Height, double Baseline);
