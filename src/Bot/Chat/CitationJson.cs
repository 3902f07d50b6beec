namespace MoitBot.Bot.Chat;

public sealed record CitationJson(string Title, string? DocumentNumber, string? Article, string Url, string EntryId);
