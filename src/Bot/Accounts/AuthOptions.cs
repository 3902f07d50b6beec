using System.ComponentModel.DataAnnotations;

namespace MoitBot.Bot.Accounts;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>A signed-in session ends after this long without activity (sliding).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    public bool OpenIdConnectEnabled => !string.IsNullOrWhiteSpace(OpenIdConnect.Authority) && !string.IsNullOrWhiteSpace(OpenIdConnect.ClientId);
}
