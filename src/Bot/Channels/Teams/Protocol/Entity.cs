using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>An activity entity; the desk reads and writes mentions (type "mention").</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public string? Text { get; set; }
    public ChannelAccount? Mentioned { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static Entity Mention(string id, string name) => new() { Type = "mention", Text = $"<at>{name}</at>", Mentioned = new ChannelAccount { Id = id, Name = name } };
}
