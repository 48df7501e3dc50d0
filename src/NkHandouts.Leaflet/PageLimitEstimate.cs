using NkHandouts.Content;

namespace NkHandouts.Leaflet;

/// <summary>
/// Refuses a leaflet that is certainly over its page limit before composing it: laying out a 10 MB article only to
/// stop at page 201 costs tens of seconds and a gigabyte. A full page of 12 pt text holds about 5 KB; 16 KB of
/// Markdown per page leaves room for generous markup, so only articles far over the limit are caught here; the
/// exact check is the layout's own page count.
/// </summary>
public static class PageLimitEstimate
{
    public const long MaxSourceBytesPerPage = 16 * 1024;

    /// <summary>The article's size in bytes when it cannot fit in <paramref name="maxPages"/> pages, else null.</summary>
    public static long? SurelyOver(Article article, int maxPages)
    {
        var info = new FileInfo(article.Path);
        return info.Exists && info.Length > maxPages * MaxSourceBytesPerPage ? info.Length : null;
    }
}
