namespace MoitBot.Bot.Chat;

public sealed record AskRequest(string? Question);
