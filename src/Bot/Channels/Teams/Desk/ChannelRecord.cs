namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>A Teams channel the bot can post to, and the department it serves (if linked).</summary>
public sealed record ChannelRecord(string ChannelId, string? TeamId, string? Name, string ServiceUrl, string? TenantId, string? Department);
