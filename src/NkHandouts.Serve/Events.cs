using System.Globalization;
using Microsoft.AspNetCore.Http;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve;

/// <summary>
/// Server-Sent Events: one <c>update</c> event with the snapshot's version when the connection opens and after every
/// rebuild; a comment every 15 s keeps proxies from closing an idle connection. Ends when the page goes away or the
/// server stops (so Ctrl+C does not wait for open pages).
/// </summary>
internal static class Events
{
    public static async Task Stream(HttpContext context, PreviewSite site, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = both.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        using var subscription = site.Hub.Subscribe();
        try
        {
            await Send(context, "retry: 1000\n");
            await Send(context, Update(site.Current.Version));
            while (!token.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(token);
                idle.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    var version = await subscription.Reader.ReadAsync(idle.Token);
                    await Send(context, Update(version));
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    await Send(context, ": keep-alive\n\n");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static string Update(long version) => $"event: update\ndata: {version.ToString(CultureInfo.InvariantCulture)}\n\n";

    private static async Task Send(HttpContext context, string text)
    {
        await context.Response.WriteAsync(text, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
