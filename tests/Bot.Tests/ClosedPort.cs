using System.Net;
using System.Net.Sockets;

namespace MoitBot.Bot.Tests;

/// <summary>A local port that was free a moment ago and has nothing listening: an unreachable Qdrant.</summary>
internal static class ClosedPort
{
    public static Uri QdrantUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Settings for a host whose index is Qdrant at a closed port, with retries kept short.</summary>
    public static Dictionary<string, string> UnreachableQdrantSettings() => new()
    {
        ["Knowledge:Index"] = "Qdrant",
        ["Qdrant:Url"] = QdrantUrl().ToString(),
        ["Qdrant:RetryAttempts"] = "1",
        ["Qdrant:RetryDelay"] = "00:00:00.010",
    };
}
