using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>A tenant, team or channel reference: {id, name}.</summary>
public sealed class TeamsEntityRef
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
