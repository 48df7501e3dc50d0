using PuppeteerSharp;

namespace NkHandouts.Html.Tests;

/// <summary>
/// One Debian chromium for a whole test class (starting one costs about a second), driven by PuppeteerSharp with
/// the system executable: nothing is downloaded. Pages are written to a temporary folder and opened as file URLs.
/// On a machine without chromium each test skips (fails under NKH_REQUIRE_TOOLS=1) before anything is started.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IBrowser? _browser;

    public TempDir Dir { get; } = new();

    /// <summary>Where screenshots and print previews go, to be looked at: NKH_SCREENSHOTS or bin/…/screenshots.</summary>
    public string Screenshots { get; } = Environment.GetEnvironmentVariable("NKH_SCREENSHOTS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>NKH_CHROMIUM, else Debian's <c>chromium</c>, else a Chrome already on the PATH (GitHub's Ubuntu
    /// runners ship google-chrome; Ubuntu's chromium is a snap).</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("NKH_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path
        : ExternalTool.Find("chromium") ?? ExternalTool.Find("chromium-browser") ?? ExternalTool.Find("google-chrome");

    /// <summary>The browser, or a skip (a failure under NKH_REQUIRE_TOOLS=1) when chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (Executable is null)
            {
                ExternalTool.Require("chromium", "chromium");
            }

            return _browser ?? throw new InvalidOperationException("chromium is installed but did not start");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (Executable is not { } exe)
        {
            return;
        }

        Directory.CreateDirectory(Screenshots);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = exe,
            Headless = true,
            Args =
            [
                "--no-sandbox", // containers and CI runners have no user namespaces for chromium's sandbox
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-domain-reliability",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-gpu",
                "--font-render-hinting=none",
            ],
        });
    }

    /// <summary>A new page at the given viewport width, with the HTML written to a file and opened from it.</summary>
    public async Task<IPage> Open(string name, string html, int width, int height = 900)
    {
        var path = Dir.File(name + ".html", html);
        var page = await Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = 1, IsMobile = width < 600, HasTouch = width < 600 });
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        Dir.Dispose();
    }
}
