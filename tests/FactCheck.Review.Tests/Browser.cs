using Microsoft.Playwright;

namespace FactCheck.Review.Tests;

/// <summary>Debian's Chromium driven by Playwright (installed by deploy/local/chromium-start.sh; never `playwright install`).</summary>
public static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
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
        return (playwright, browser);
    }

    /// <summary>TestResults/review-desk at the repository root: screenshots kept as test artefacts.</summary>
    public static string ArtefactFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "review-desk");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
