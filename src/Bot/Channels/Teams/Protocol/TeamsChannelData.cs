using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>Teams' channelData: tenant, team and channel of the conversation, and the event type.</summary>
public sealed class TeamsChannelData
{
    public TeamsEntityRef? Tenant { get; set; }
    public TeamsEntityRef? Team { get; set; }
    public TeamsEntityRef? Channel { get; set; }
    public string? EventType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
