using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NkHandouts.Serve.Pages;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve;

/// <summary>
/// The web application: a handful of GET routes over the current snapshot and nothing else (no static-file or
/// directory middleware; files are served only by name from the snapshot's list of built files).
/// </summary>
public static class ServeApp
{
    public static WebApplication Build(PreviewSite site, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));

        // Stop signals are the command's to handle (nkhandouts serve: StopSignals), once: the host's console lifetime
        // would also take SIGINT and SIGTERM, and swallow the second Ctrl+C that ends a stop that hangs.
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        configure?.Invoke(builder);
        var app = builder.Build();
        Map(app, site);
        return app;
    }

    private static void Map(WebApplication app, PreviewSite site)
    {
        app.Use((context, next) => Security.Apply(context, () => next(context)));

        // RequestDelegate handlers only: no reflection over handler parameters, so the NativeAOT publish keeps working.
        Get(app, "/", _ => Html(IndexPage.Full(site.Current, Today())));
        Get(app, IndexPage.FragmentUrl, _ => Html(IndexPage.Live(site.Current, Today())));
        Get(app, "/article/{slug}", c => site.Current.Find(Route(c, "slug")) is { } a ? Html(ArticlePage.Full(site.Current, a, Viewing(site, a, Query(c, "output")))) : NotFound());
        Get(app, "/fragment/article/{slug}", c => site.Current.Find(Route(c, "slug")) is { } a ? Html(ArticlePage.Live(site.Current, a, Viewing(site, a, Query(c, "output")))) : NotFound());
        Get(app, "/out/{**name}", c => OutputFile(c, site, Route(c, "name")));
        Get(app, "/assets/serve.js", _ => Asset("serve.js", "text/javascript; charset=utf-8"));
        Get(app, "/assets/serve.css", _ => Asset("serve.css", "text/css; charset=utf-8"));
        var lifetime = app.Lifetime;
        app.MapGet("/events", context => Events.Stream(context, site, lifetime.ApplicationStopping));
        app.MapFallback(context => (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? NotFound()
            : Results.StatusCode(StatusCodes.Status405MethodNotAllowed)).ExecuteAsync(context));
    }

    /// <summary>Tells the site which file the page shows (the live fragment asks again after each update), so the next
    /// save rebuilds that file first; a file shown for the first time whose previews were not drawn is rebuilt with
    /// them now, and the page updates when they are there.</summary>
    private static string? Viewing(PreviewSite site, ArticleState article, string? requested)
    {
        var selected = ArticlePage.Selected(article, requested);
        if (site.Viewing(selected?.FileName) && selected is { PreviewsDrawn: false })
        {
            site.RequestRefresh(changed: false);
        }

        return requested;
    }

    private static void Get(WebApplication app, string pattern, Func<HttpContext, IResult> handler) =>
        app.MapGet(pattern, context => handler(context).ExecuteAsync(context));

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    private static IResult Html(string html) => Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8);

    private static IResult NotFound() => Results.Text(
        Shell.Page("Not found", "<h1>Not found</h1>\n<p>There is no such article or file. <a href=\"/\">Back to all articles</a>.</p>\n", IndexPage.FragmentUrl, 0, ""),
        "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static IResult OutputFile(HttpContext context, PreviewSite site, string name)
    {
        // Only names the snapshot lists: "../x", absolute paths and anything else never reach the file system.
        if (!site.Current.Files.TryGetValue(name, out var path) || !File.Exists(path))
        {
            return NotFound();
        }

        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".html" => "text/html; charset=utf-8",
            _ => "application/octet-stream",
        };
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentSecurityPolicy = Security.HandoutPolicy(context.Request);
            context.Response.Headers.Remove("X-Frame-Options"); // frame-ancestors above says who may frame it
        }

        return Results.Bytes(File.ReadAllBytes(path), type, type is "image/png" or "text/html; charset=utf-8" ? null : Path.GetFileName(path));
    }

    private static IResult Asset(string name, string type)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NkHandouts.Serve." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in NkHandouts.Serve");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Results.Bytes(memory.ToArray(), type);
    }
}
