namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>Where the card of one draft version was posted in the editors' channel.</summary>
public sealed record DraftCardRecord(string EntryId, long Version, string ChannelId, string ConversationId, string ActivityId, string ServiceUrl);
