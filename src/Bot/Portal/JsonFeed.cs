using System.Text.Json.Serialization;

namespace MoitBot.Bot.Portal;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of approved entries.</summary>
public sealed record JsonFeed(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("home_page_url")] string HomePageUrl,
    [property: JsonPropertyName("feed_url")] string FeedUrl,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("items")] IReadOnlyList<JsonFeedItem> Items);
