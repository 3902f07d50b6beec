using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using MoitBot.Bot.Channels.Teams.Hosting;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>
/// Outbound tokens for the Bot Connector: MSAL client credentials of the single-tenant app,
/// cached by MSAL and renewed near expiry. No AppId (anonymous local mode) = no token.
/// </summary>
public sealed class BotTokenProvider
{
    private readonly IConfidentialClientApplication? _application;
    private readonly string[] _scopes;

    public BotTokenProvider(IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        _scopes = [settings.Scope];
        if (!settings.IsAnonymous)
        {
            _application = ConfidentialClientApplicationBuilder.Create(settings.AppId)
                .WithAuthority(new Uri(settings.AuthorityHost, settings.TenantId), validateAuthority: true)
                .WithClientSecret(settings.AppPassword)
                .WithCacheOptions(CacheOptions.EnableSharedCacheOptions)
                .Build();
        }
    }

    /// <summary>False in anonymous local mode (no AppId): calls go out without a token.</summary>
    public bool IsEnabled => _application is not null;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null)
        {
            return null;
        }

        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
