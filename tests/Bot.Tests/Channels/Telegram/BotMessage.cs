using System.Text.Json;

namespace MoitBot.Bot.Tests.Channels.Telegram;

/// <summary>A message the bot sent, as the emulator recorded it.</summary>
public sealed record BotMessage(int MessageId, string Text, string? ParseMode, IReadOnlyList<(string Text, string Data)> Buttons, JsonElement Raw)
{
    public static BotMessage From(JsonElement e)
    {
        var buttons = new List<(string, string)>();
        if (e.TryGetProperty("reply_markup", out var markup) && markup.ValueKind == JsonValueKind.Object && markup.TryGetProperty("inline_keyboard", out var rows))
        {
            foreach (var row in rows.EnumerateArray())
            {
                foreach (var b in row.EnumerateArray())
                {
                    buttons.Add((b.GetProperty("text").GetString()!, b.TryGetProperty("callback_data", out var d) ? d.GetString()! : string.Empty));
                }
            }
        }

        return new BotMessage(
            e.GetProperty("message_id").GetInt32(),
            e.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("parse_mode", out var mode) ? mode.GetString() : null,
            buttons,
            e.Clone());
    }

    public string ButtonData(string labelPart) =>
        Buttons.First(b => b.Text.Contains(labelPart, StringComparison.Ordinal)).Data;

    public bool HasButton(string labelPart) => Buttons.Any(b => b.Text.Contains(labelPart, StringComparison.Ordinal));
}
