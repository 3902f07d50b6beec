using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

/// <summary>
/// A local stand-in for the Bot Connector's OpenID metadata: RSA keys generated here, a metadata
/// document and a JWKS (with "endorsements") served through the real OpenIdConnectConfigurationRetriever.
/// </summary>
public sealed class TestSigningKeys : IDisposable
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.test/v1/.well-known/keys";
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly RSA _teams = RSA.Create(2048);
    private readonly RSA _webchatOnly = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    public string Jwks => new JsonObject
    {
        ["keys"] = new JsonArray(Jwk(_teams, "teams-key", "msteams", "webchat"), Jwk(_webchatOnly, "webchat-key", "webchat")),
    }.ToJsonString();

    public ConfigurationManager<OpenIdConnectConfiguration> CreateConfigurationManager() =>
        new(MetadataUrl, new OpenIdConnectConfigurationRetriever(), new StaticDocuments(new Dictionary<string, string>
        {
            [MetadataUrl] = JsonSerializer.Serialize(new { issuer = Issuer, jwks_uri = KeysUrl, id_token_signing_alg_values_supported = new[] { "RS256" } }),
            [KeysUrl] = Jwks,
        }));

    public string Token(TokenCase tokenCase, string serviceUrl = ServiceUrl)
    {
        var now = DateTime.UtcNow;
        var (key, kid) = tokenCase switch
        {
            TokenCase.BadSignature => (_stranger, "teams-key"),
            TokenCase.UnknownKey => (_stranger, "unknown-key"),
            TokenCase.NotEndorsed => (_webchatOnly, "webchat-key"),
            _ => (_teams, "teams-key"),
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = tokenCase == TokenCase.WrongIssuer ? "https://sts.example.com/" : Issuer,
            Audience = tokenCase == TokenCase.WrongAudience ? "99999999-0000-0000-0000-000000000000" : AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = tokenCase switch { TokenCase.Expired => now.AddMinutes(-30), TokenCase.NotYetValid => now.AddMinutes(10), _ => now.AddMinutes(-1) },
            Expires = tokenCase switch { TokenCase.Expired => now.AddMinutes(-10), TokenCase.NotYetValid => now.AddMinutes(40), _ => now.AddMinutes(30) },
            Claims = new Dictionary<string, object> { ["serviceurl"] = tokenCase == TokenCase.ServiceUrlMismatch ? "https://evil.example.com/" : serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose()
    {
        _teams.Dispose();
        _webchatOnly.Dispose();
        _stranger.Dispose();
    }

    private static JsonObject Jwk(RSA rsa, string kid, params string[] endorsements)
    {
        var parameters = rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
        };
    }

    private sealed class StaticDocuments(Dictionary<string, string> documents) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            documents.TryGetValue(address, out var document) ? Task.FromResult(document) : throw new IOException($"No document at {address}");
    }
}
