using System.Net;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>Decides whether a listening address (a Urls entry) only accepts connections from this machine.</summary>
public static class LoopbackAddresses
{
    public static bool IsLoopback(string url)
    {
        var trimmed = url.Trim();
        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd < 0 ? trimmed : trimmed[(schemeEnd + 3)..];
        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        var host = hostEnd <= 0 ? rest : rest[..hostEnd];
        host = host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The configured addresses that are not loopback ("*", "+", "0.0.0.0", a public name...).</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) =>
        urls.Where(u => !string.IsNullOrWhiteSpace(u) && !IsLoopback(u)).ToList();
}
