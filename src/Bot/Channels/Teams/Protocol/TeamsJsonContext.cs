using System.Text.Json.Serialization;

namespace MoitBot.Bot.Channels.Teams.Protocol;

/// <summary>Source-generated JSON for the Bot Framework wire format (camelCase, nulls omitted, lenient reads).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationList))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
