using System.Text.Json.Nodes;

namespace MoitBot.Bot.Tests.Channels.Teams.EndToEnd;

/// <summary>Reading the playground's stream frames: which card a frame carries, where it was posted, its text with escapes undone.</summary>
public static class PlaygroundFrames
{
    public static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A createMessage or updateMessage frame whose card mentions <paramref name="marker"/> (a ticket code, an entry id).</summary>
    public static bool IsCard(JsonNode frame, string action, string marker) =>
        frame["action"]?.GetValue<string>() == action && frame["message"]?["attachments"] is JsonArray { Count: > 0 } && frame.ToJsonString().Contains(marker, StringComparison.Ordinal);

    public static (string Conversation, string MessageId) Address(JsonNode frame, string defaultConversation)
    {
        var messageId = frame["message"]!["messageId"]!.ToString();
        var conversation = frame["message"]?["postConversationId"]?.ToString() ?? frame["actionConversationId"]?.ToString() ?? defaultConversation;
        return (conversation, messageId);
    }

    public static string Readable(string json) => System.Text.RegularExpressions.Regex.Unescape(json);

    public static string Readable(JsonNode frame) => Readable(frame.ToJsonString());
}
