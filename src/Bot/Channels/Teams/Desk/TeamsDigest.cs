namespace MoitBot.Bot.Channels.Teams.Desk;

public sealed record TeamsDigest(string ChannelId, DateOnly Day);
