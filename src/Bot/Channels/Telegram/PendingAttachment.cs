namespace MoitBot.Bot.Channels.Telegram;

/// <summary>A photo or PDF an official sent, waiting to be attached to their next escalated question.</summary>
public sealed record PendingAttachment(long Id, string Path, string FileName, long Size);
