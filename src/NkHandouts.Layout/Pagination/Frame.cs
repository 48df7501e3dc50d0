namespace NkHandouts.Layout;

/// <summary>
/// A fixed area on a sheet that an element fills (a tri-fold panel). Frames with the same <see cref="Content"/>
/// continue one flow, like newspaper columns. <see cref="Sheet"/> is zero-based.
/// </summary>
public sealed record Frame(string Name, int Sheet, Rect Area, Element Content);
