using Microsoft.Playwright;

namespace FactCheck.Review.Tests;

/// <summary>
/// An editor's browser: Debian's Chromium driven by Playwright (installed by deploy/local/chromium-start.sh;
/// never `playwright install`), signed in to the desk with an editor key.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<Browser> SignInAsync(DeskApp desk, string editorKey, string returnUrl = "/desk")
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run deploy/local/chromium-start.sh (deploy/run-tests.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = desk.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync("/desk/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("input[name=key]", editorKey);
        await page.ClickAsync("button[type=submit]");
        return new Browser(playwright, browser, page);
    }

    /// <summary>Saves a full-page screenshot under TestResults/review-desk at the repository root, as a test artefact.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "review-desk");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
