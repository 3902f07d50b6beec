namespace MoitBot.Bot.Channels.Teams.Auth;

/// <summary>Whether an inbound request may be processed, and why not.</summary>
public sealed record AuthenticationOutcome(bool Succeeded, bool IsAnonymous, string? AppId, string? Failure)
{
    public static readonly AuthenticationOutcome Anonymous = new(true, true, null, null);

    public static AuthenticationOutcome Authenticated(string? appId) => new(true, false, appId, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, false, null, reason);
}
