namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

public sealed class AnonymousModeGuardTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("moitbot-guard-").FullName;

    [Fact]
    public async Task StartAsync_AnonymousOnAllInterfaces_FailsFastBeforeListening()
    {
        var port = TeamsHost.FreePort();
        await using var app = TeamsHost.Build(Path.Combine(_directory, "bot.db"), $"http://0.0.0.0:{port}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Teams:AllowAnonymous", error.Message, StringComparison.Ordinal);
        Assert.Contains($"0.0.0.0:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AnonymousOnAllInterfacesWithAllowAnonymous_Starts()
    {
        var port = TeamsHost.FreePort();
        await using var app = TeamsHost.Build(Path.Combine(_directory, "bot.db"), $"http://0.0.0.0:{port}", new Dictionary<string, string?> { ["Teams:AllowAnonymous"] = "true" });
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
