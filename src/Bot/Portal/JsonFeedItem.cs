using System.Text.Json.Serialization;

namespace MoitBot.Bot.Portal;

public sealed record JsonFeedItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("content_text")] string ContentText,
    [property: JsonPropertyName("date_modified")] DateTimeOffset DateModified,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("_legal_basis")] IReadOnlyList<JsonFeedReference> LegalBasis);
