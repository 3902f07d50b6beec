namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>Where a ticket's card was posted: the thread (conversation id) and the card's activity id, per channel.</summary>
public sealed record CardRecord(long TicketId, string ChannelId, string? TeamId, string Department, string ConversationId, string ActivityId, string ServiceUrl);
