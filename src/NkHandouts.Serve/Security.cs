using Microsoft.AspNetCore.Http;

namespace NkHandouts.Serve;

/// <summary>
/// Headers and checks every response gets. The pages run only the server's own script (<c>script-src 'self'</c>, no
/// inline script, so a <c>&lt;script&gt;</c> that slipped into a page would not run); a built web handout is shown
/// sandboxed with no script at all. Requests must name a loopback host, so a web page elsewhere cannot reach the
/// preview through a DNS name that resolves to 127.0.0.1 (DNS rebinding).
/// </summary>
internal static class Security
{
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>For a built HTML handout: its own inline stylesheet and data: images, nothing else, no script. The
    /// sandbox gives the handout an opaque origin, where 'self' would match nothing, so the preview page that may
    /// frame it is named by its origin.</summary>
    public static string HandoutPolicy(HttpRequest request) =>
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; " +
        $"frame-ancestors {request.Scheme}://{request.Host.Value}; sandbox";

    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        if (!IsLoopbackHost(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("nkhandouts serve answers only to 127.0.0.1 and localhost.");
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        await next();
    }

    public static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "[::1]" or "::1";
}
