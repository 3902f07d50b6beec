using System.Text.Json.Serialization;

namespace MoitBot.Bot.Portal;

/// <summary>A legal reference in the JSON feed (a JSON Feed extension, hence the underscore on the item).</summary>
public sealed record JsonFeedReference(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("document_number")] string? DocumentNumber,
    [property: JsonPropertyName("article")] string? Article,
    [property: JsonPropertyName("url")] string? Url);
