namespace NkHandouts.Html;

/// <summary>An image ready to go into the page as a data URI, with its intrinsic size in CSS pixels when known
/// (written as width/height so the page does not jump while it loads).</summary>
internal sealed record EmbeddedImage(string DataUri, int? Width, int? Height);
