using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MoitBot.Bot.Accounts;

namespace MoitBot.Editor.Tests;

/// <summary>
/// One running host and one Chromium shared by a test class. Chromium is Debian's
/// /usr/bin/chromium (tests/setup/10-chromium.sh installs it); without it the tests fail when
/// MOITBOT_E2E=required and are skipped otherwise.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string EditorName = "bientap.an";
    public const string EditorPassword = "mat-khau-bien-tap-1";
    public const string OperatorName = "vanhanh.binh";
    public const string OperatorPassword = "mat-khau-van-hanh-1";

    private IPlaywright? _playwright;

    public TestHost Host { get; } = TestHost.OnLoopback();

    public IBrowser? Browser { get; private set; }

    public string? MissingReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Host.StartServer();
        var users = Host.Services.GetRequiredService<LocalUserStore>();
        await users.SaveAsync(EditorName, EditorPassword, [StaffRoles.Editor], CancellationToken.None);
        await users.SaveAsync(OperatorName, OperatorPassword, [StaffRoles.Operator], CancellationToken.None);

        if (!File.Exists(ChromiumPath))
        {
            MissingReason = $"{ChromiumPath} is not installed (run tests/setup/10-chromium.sh).";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) on the host; fails or skips when Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (Browser is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("MOITBOT_E2E"), "required", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"MOITBOT_E2E=required but {MissingReason}");
            }

            Assert.Skip(MissingReason ?? "Chromium is not available.");
        }

        return await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseAddress.ToString().TrimEnd('/'), Locale = "vi-VN" });
    }

    public static async Task<IPage> SignInAsync(IBrowserContext context, string name, string password, string returnPath = "/bien-tap")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(returnPath);
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.card button.primary");

        // Wait for the redirect away from the sign-in page itself, not for a load state: a load-state
        // wait can attach to the sign-in document that is being replaced and time out (seen in CI).
        var target = returnPath.Split('?')[0];
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == target, new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
