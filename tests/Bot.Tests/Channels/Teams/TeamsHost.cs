using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoitBot.Bot.Extensions;

namespace MoitBot.Bot.Tests.Channels.Teams;

/// <summary>The real bot host on Kestrel (127.0.0.1, a free or given port) over a given SQLite file, so a test can stop it and start another on the same data.</summary>
public sealed class TeamsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsHost(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static WebApplication Build(string databasePath, string urls, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Testing" });
        var values = new Dictionary<string, string?>
        {
            ["urls"] = urls,
            ["ConnectionStrings:MoitBot"] = $"Data Source={databasePath}",
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddMoitBot();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapMoitBot();
        return app;
    }

    public static async Task<TeamsHost> StartAsync(string databasePath, int port = 0, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        port = port == 0 ? FreePort() : port;
        var app = Build(databasePath, $"http://127.0.0.1:{port}", settings, services);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TeamsHost(app, port);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
