namespace MoitBot.Bot.Accounts;

/// <summary>Microsoft Entra ID (or any OpenID Connect provider); enabled only when Authority and ClientId are set.</summary>
public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The claim carrying app roles ("Editor", "Operator"); Entra ID sends "roles".</summary>
    public string RoleClaim { get; set; } = "roles";

    public string NameClaim { get; set; } = "preferred_username";
}
