namespace NkHandouts.Html;

/// <summary>
/// Link targets the page may carry. The loader already drops other schemes; this is the renderer's own check, so a
/// model built elsewhere (an import, a test) can never put <c>javascript:</c> or <c>data:</c> into an href.
/// </summary>
internal static class SafeUrl
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (url.StartsWith('#'))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
    }
}
