namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>
/// Where the bot's token may be sent: https to a Bot Connector host (or a subdomain of one).
/// A forged or misconfigured serviceUrl must never receive the token.
/// </summary>
public static class TrustedServiceHosts
{
    public static readonly IReadOnlyList<string> Defaults =
        ["smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "botframework.com", "teams.microsoft.com"];

    public static bool IsTrusted(Uri? address, IEnumerable<string> hosts) =>
        address is { IsAbsoluteUri: true } && address.Scheme == Uri.UriSchemeHttps
        && hosts.Any(h => string.Equals(address.Host, h, StringComparison.OrdinalIgnoreCase) || address.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
