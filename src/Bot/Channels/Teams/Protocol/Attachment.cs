using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

public sealed class Attachment
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public JsonNode? Content { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardType, Content = card };
}
