namespace MoitBot.Bot.Channels.Telegram;

public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (getUpdates long polling). Works behind NAT; the default.</summary>
    Polling,

    /// <summary>Telegram posts updates to /telegram/webhook, authenticated by the secret token header.</summary>
    Webhook,
}
