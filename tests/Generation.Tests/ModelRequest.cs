using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MoitBot.Generation.Tests;

/// <summary>One chat completion request as the scripted server received it.</summary>
public sealed partial record ModelRequest(string Body, string Authorization, string System, string User, double? Temperature, long? Seed, string? Model)
{
    public static ModelRequest Parse(string body, string authorization)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        string Content(string role) => string.Join("\n", root.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == role)
            .Select(m => Text(m.GetProperty("content"))));
        return new ModelRequest(
            body,
            authorization,
            Content("system"),
            Content("user"),
            root.TryGetProperty("temperature", out var t) ? t.GetDouble() : null,
            root.TryGetProperty("seed", out var s) ? s.GetInt64() : null,
            root.TryGetProperty("model", out var m) ? m.GetString() : null);
    }

    private static string? Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()
        : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    /// <summary>How many numbered sources the request carried.</summary>
    public int SourceCount => SourceOpening().Count(User);

    /// <summary>The number the request gave to the source with this title.</summary>
    public int SourceNumber(string title)
    {
        foreach (Match match in SourceOpening().Matches(User))
        {
            var rest = User[(match.Index + match.Length)..].TrimStart('\n');
            if (rest.StartsWith($"Tiêu đề: {title}", StringComparison.Ordinal))
            {
                return int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No source titled '{title}' in the request.");
    }

    [GeneratedRegex("<nguon id=\"(?<n>\\d+)\">")]
    private static partial Regex SourceOpening();
}
