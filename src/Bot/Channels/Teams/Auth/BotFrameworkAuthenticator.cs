using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using MoitBot.Bot.Channels.Teams.Hosting;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>
/// Validates the Bot Connector's JWT on an inbound activity: issuer, audience = app id, lifetime
/// (5 min skew), signature by a current key of the OpenID metadata, the signing key's endorsement
/// of the activity's channel, and the "serviceurl" claim equal to the activity's serviceUrl.
/// </summary>
public sealed partial class BotFrameworkAuthenticator(
    ConfigurationManager<OpenIdConnectConfiguration> metadata,
    IOptions<TeamsOptions> options,
    ILogger<BotFrameworkAuthenticator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            return AuthenticationOutcome.Anonymous;
        }

        var outcome = await ValidateAsync(settings, authorizationHeader, activity, cancellationToken);
        if (!outcome.Succeeded)
        {
            LogRejected(logger, outcome.Failure!);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> ValidateAsync(TeamsOptions settings, string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticationOutcome.Fail("No Authorization header while Teams:AppId is configured.");
        }

        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Fail("Authorization scheme is not Bearer.");
        }

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.AppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidAlgorithms = ["RS256", "RS384", "RS512"],
            ConfigurationManager = metadata,
        };
        var result = await Handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), parameters);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail($"Token rejected: {result.Exception?.GetType().Name}: {result.Exception?.Message}");
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Fail("Missing serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("serviceurl claim does not match the activity's serviceUrl.");
        }

        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, token.Kid, StringComparison.Ordinal));
        if (key is null || activity.ChannelId is null || !Endorsements(key).Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail($"Could not validate endorsement of channel '{activity.ChannelId}' by key '{token.Kid}'.");
        }

        return AuthenticationOutcome.Authenticated(token.GetClaim("aud")?.Value);
    }

    private static IEnumerable<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? string.Empty),
            IEnumerable<object> list => list.Select(o => o?.ToString() ?? string.Empty),
            _ => [],
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
