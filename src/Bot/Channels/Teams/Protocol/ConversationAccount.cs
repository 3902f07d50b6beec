using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; set; }
    public bool? IsGroup { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
