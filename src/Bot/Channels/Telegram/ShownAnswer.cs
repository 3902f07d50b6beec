namespace MoitBot.Bot.Channels.Telegram;

/// <summary>An answer the bot showed in a chat, kept so its buttons work later (and only in that chat).</summary>
public sealed record ShownAnswer(long Id, long ChatId, long UserId, string Question, string Outcome, string? Field, IReadOnlyList<string> EntryIds, string? TicketCode, long? QuestionLogId = null);
