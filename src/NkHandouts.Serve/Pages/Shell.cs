using System.Text;

namespace NkHandouts.Serve.Pages;

/// <summary>
/// The frame of every page: a skip link, a banner, one <c>main</c> with the live part (replaced in place when the
/// server reports a change) and a status line read out by screen readers. No inline script or style: the
/// Content-Security-Policy allows only /assets/serve.js and /assets/serve.css.
/// </summary>
internal static class Shell
{
    public static string Page(string title, string liveHtml, string fragmentUrl, long version, string status)
    {
        var sb = new StringBuilder(liveHtml.Length + 2048);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H.E(title)).Append(" · NkHandouts preview</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/serve.css\">\n")
            .Append("<script src=\"/assets/serve.js\" defer></script>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
            .Append("<header class=\"banner\"><p class=\"brand\"><a href=\"/\">NkHandouts preview</a></p>")
            .Append("<nav aria-label=\"Site\"><ul><li><a href=\"/\">All articles</a></li></ul></nav></header>\n")
            .Append("<main id=\"main\" tabindex=\"-1\">\n")
            .Append("<p id=\"update-status\" class=\"status\" role=\"status\" aria-live=\"polite\">").Append(H.E(status)).Append("</p>\n")
            .Append("<div id=\"live\" data-fragment=\"").Append(H.E(fragmentUrl)).Append("\" data-version=\"").Append(H.N(version)).Append("\">\n")
            .Append(liveHtml)
            .Append("</div>\n</main>\n")
            .Append("<footer class=\"foot\"><p>Preview only: files here are built into a temporary folder, never into out/. ")
            .Append("Run <code>nkhandouts build</code> for the files to print and publish.</p></footer>\n")
            .Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
