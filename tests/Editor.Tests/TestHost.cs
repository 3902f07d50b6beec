using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MoitBot.Editor.Tests;

/// <summary>
/// The real host on its own temporary SQLite file, with extra settings: in memory (TestServer), or
/// from <see cref="OnLoopback"/> on Kestrel at 127.0.0.1 on a free port for a browser.
/// </summary>
public sealed class TestHost(Dictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "moitbot-editor-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings = settings ?? [];

    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static TestHost OnLoopback()
    {
        var host = new TestHost { Port = FreePort() };
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, host.Port));
        host._settings["Answering:PublicBaseUrl"] = host.BaseAddress.ToString();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("ConnectionStrings:MoitBot", $"Data Source={Path.Combine(_directory, "host.db")}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is not worth a failed test.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
