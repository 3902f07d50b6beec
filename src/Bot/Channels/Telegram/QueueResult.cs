namespace MoitBot.Bot.Channels.Telegram;

public enum QueueResult
{
    Queued,
    Duplicate,
    Full,
}
