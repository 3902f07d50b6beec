using System.ComponentModel.DataAnnotations;

namespace MoitBot.Bot.Channels.Teams.Hosting;

/// <summary>Teams: the bot's identity (single-tenant app) and the inbound pipeline. No AppId = anonymous local mode.</summary>
public sealed class TeamsOptions : IValidatableObject
{
    public const string Section = "Teams";

    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Allows anonymous mode (no AppId) on a non-loopback address. Never for production.</summary>
    public bool AllowAnonymous { get; set; }

    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    [Required]
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Used for proactive posts when no serviceUrl has been seen for a channel yet.</summary>
    [Required]
    public Uri DefaultServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    /// <summary>Hosts (and their subdomains) that may receive the bot's token over https; empty = the Bot Connector's public and government hosts.</summary>
    public List<string> TrustedServiceHosts { get; set; } = [];

    /// <summary>Time allowed to one background turn (a message, an install event).</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Inbound activities waiting for a worker; beyond this the endpoint answers 503 so Teams retries.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 500;

    /// <summary>Largest accepted request body.</summary>
    [Range(1024, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAnonymous && (string.IsNullOrWhiteSpace(AppPassword) || string.IsNullOrWhiteSpace(TenantId)))
        {
            yield return new ValidationResult(
                "Teams:AppId is set, so Teams:AppPassword and Teams:TenantId are required (single-tenant bot).",
                [nameof(AppPassword), nameof(TenantId)]);
        }

        if (TurnTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Teams:TurnTimeout must be positive.", [nameof(TurnTimeout)]);
        }
    }
}
