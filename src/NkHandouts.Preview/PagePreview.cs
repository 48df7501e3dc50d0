namespace NkHandouts.Preview;

/// <summary>One page as a PNG, with its pixel size.</summary>
public sealed record PagePreview(int Number, int Width, int Height, byte[] Png);

/// <summary>Every page of a document as PNGs, and one contact sheet showing them all (null when not asked for).</summary>
public sealed record PreviewSet(IReadOnlyList<PagePreview> Pages, byte[]? ContactSheet);
