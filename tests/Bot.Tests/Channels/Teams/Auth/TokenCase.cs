namespace MoitBot.Bot.Tests.Channels.Teams.Auth;

public enum TokenCase
{
    Valid,
    WrongIssuer,
    WrongAudience,
    Expired,
    NotYetValid,
    BadSignature,
    UnknownKey,
    NotEndorsed,
    ServiceUrlMismatch,
}
