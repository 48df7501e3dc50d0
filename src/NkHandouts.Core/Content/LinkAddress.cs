namespace NkHandouts.Content;

/// <summary>
/// Which link addresses an article may hold: http, https, mailto and tel, parsed as absolute addresses (every renderer
/// turns the address into a URI: Word's relationship, the PDF annotation, the HTML href). One rule for the loader,
/// which drops other links (NK110), and for import, which never writes one into an article (NK701).
/// </summary>
public static class LinkAddress
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Null when <paramref name="url"/> may be a link's address, else why not (to follow "dropped (…)").</summary>
    public static string? Refusal(string url)
    {
        var colon = url.IndexOf(':');
        var scheme = colon > 0 ? url[..colon].ToLowerInvariant() : "";
        // One that does not parse as an absolute address (https://../, a host with spaces) is refused here, once, for all.
        var parses = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (scheme is not ("http" or "https") || (uri.Host.Length > 0 && Uri.CheckHostName(uri.Host) != UriHostNameType.Unknown));
        if (AllowedSchemes.Contains(scheme) && parses)
        {
            return null;
        }

        return AllowedSchemes.Contains(scheme) ? "it is not a valid address: the host name cannot be read"
            : scheme.Length == 0 || scheme.Contains('/') ? "relative links have no target in a printed leaflet or a briefing" : $"'{scheme}:' links are not allowed";
    }
}
