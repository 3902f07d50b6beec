namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Who the bot is: its id (from the token) and its @username (from getMe at start-up).</summary>
public sealed class TelegramBotIdentity(long botId)
{
    public long BotId { get; } = botId;

    public string? Username { get; set; }

    public static long IdFromToken(string token) =>
        long.TryParse(token.AsSpan(0, Math.Max(0, token.IndexOf(':', StringComparison.Ordinal))), out var id) ? id : 0;
}
