using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Hosting;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>
/// Anonymous local mode (no Teams:AppId, as with the Agents Playground) accepts unsigned requests,
/// so the host must only listen on loopback unless Teams:AllowAnonymous=true. Checked before
/// Kestrel starts (configured Urls) and again on the addresses it actually bound.
/// </summary>
public sealed partial class AnonymousModeGuard(
    IOptions<TeamsOptions> options,
    IConfiguration configuration,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<AnonymousModeGuard> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAnonymous || settings.AllowAnonymous)
        {
            return Task.CompletedTask;
        }

        Check(ConfiguredUrls(configuration));
        lifetime.ApplicationStarted.Register(() =>
        {
            var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var exposed = LoopbackAddresses.NonLoopback(bound);
            if (exposed.Count > 0)
            {
                var list = string.Join(", ", exposed);
                LogRefused(logger, list);
                lifetime.StopApplication();
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IEnumerable<string> ConfiguredUrls(IConfiguration configuration)
    {
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS" })
        {
            foreach (var url in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return url;
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                yield return $"http://*:{configuration[key]}";
            }
        }
    }

    private void Check(IEnumerable<string> urls)
    {
        var exposed = LoopbackAddresses.NonLoopback(urls);
        if (exposed.Count > 0)
        {
            var list = string.Join(", ", exposed);
            var message = $"Teams anonymous mode (no Teams:AppId) refuses to listen on non-loopback addresses ({list}). "
                + "Configure Teams:AppId, Teams:AppPassword and Teams:TenantId, listen on 127.0.0.1/localhost only, "
                + "or set Teams:AllowAnonymous=true for an isolated test network.";
            LogRefused(logger, list);
            throw new InvalidOperationException(message);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Teams anonymous mode refused: the host listens on non-loopback addresses {Addresses}; set Teams:AppId or Teams:AllowAnonymous=true")]
    private static partial void LogRefused(ILogger logger, string addresses);
}
