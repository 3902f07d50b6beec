namespace MoitBot.Bot.Channels.Telegram;

/// <summary>A multi-step conversation in progress with one user (registration, choosing a field).</summary>
public sealed record DialogState(long UserId, long ChatId, string Kind, string Step, IReadOnlyDictionary<string, string> Data);
