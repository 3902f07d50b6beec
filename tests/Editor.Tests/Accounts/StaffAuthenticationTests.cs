using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Accounts;
using MoitBot.Bot.Commands;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Editor.Tests.Accounts;

public sealed class StaffAuthenticationTests
{
    [Fact]
    public async Task AddStaffAuthentication_OpenIdConnectConfigured_RegistersTheScheme()
    {
        await using var host = new TestHost(new()
        {
            ["Auth:OpenIdConnect:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
            ["Auth:OpenIdConnect:ClientId"] = "moitbot-test",
        });

        var schemes = await host.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();

        Assert.Contains(schemes, s => s.Name == "OpenIdConnect");
    }

    [Fact]
    public async Task AddStaffAuthentication_Default_LocalCookiesOnlyWithSlidingConfiguredLifetime()
    {
        await using var host = new TestHost(new() { ["Auth:SessionLifetime"] = "02:30:00" });

        var schemes = await host.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        var cookie = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.DoesNotContain(schemes, s => s.Name == "OpenIdConnect");
        Assert.Equal(TimeSpan.FromMinutes(150), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.True(cookie.Cookie.HttpOnly);
    }

    [Fact]
    public async Task LocalUserStore_SavedPassword_HashedAndVerified()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = new TestHost();
        var users = host.Services.GetRequiredService<LocalUserStore>();

        await users.SaveAsync("bientap.thu", "mat-khau-dai-1", [StaffRoles.Editor], ct);

        Assert.Equal(["Editor"], (await users.VerifyAsync("BIENTAP.THU", "mat-khau-dai-1", ct))!.Roles);
        Assert.Null(await users.VerifyAsync("bientap.thu", "sai-mat-khau", ct));
        Assert.Null(await users.VerifyAsync("khong-co", "mat-khau-dai-1", ct));
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash FROM users WHERE name = 'bientap.thu'";
        var hash = (string)(await command.ExecuteScalarAsync(ct))!;
        Assert.DoesNotContain("mat-khau-dai-1", hash, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(hash).Length > 40);
    }

    [Theory]
    [InlineData("user", "add", "x", "--role", "Admin", "--password", "mat-khau-dai-1")]
    [InlineData("user", "add", "x", "--role", "Editor", "--password", "ngan")]
    public async Task UserAdd_BadRoleOrShortPassword_ExitsWithError(params string[] args)
    {
        Assert.Equal(2, await BotCommandLine.RunAsync(args));
    }

    [Fact]
    public async Task SignIn_WrongPassword_VietnameseMessageAndNoSession()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = new TestHost();
        await host.Services.GetRequiredService<LocalUserStore>().SaveAsync("bientap.lan", "mat-khau-dung-1", [StaffRoles.Editor], ct);
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/dang-nhap", ct);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "bientap.lan", ["Password"] = "sai-mat-khau", ["__RequestVerificationToken"] = token,
        }), ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("moitbot.session", StringComparison.Ordinal));
    }
}
