using System.Globalization;
using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>The invoke value of an Action.Execute: {action:{type, verb, data:{ticketId, inputs...}}, trigger}.</summary>
public sealed record CardAction(string Verb, long? TicketId, IReadOnlyDictionary<string, string> Inputs)
{
    public string? Input(string id) => Inputs.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static bool TryParse(JsonElement? value, out CardAction action)
    {
        action = new CardAction(string.Empty, null, new Dictionary<string, string>());
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("action", out var inner) || inner.ValueKind != JsonValueKind.Object
            || !inner.TryGetProperty("type", out var type) || type.GetString() != "Action.Execute"
            || !inner.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        long? ticketId = null;
        if (inner.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in data.EnumerateObject())
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
                if (text is not null)
                {
                    inputs[property.Name] = text;
                }
            }

            if (inputs.TryGetValue(CardVerbs.TicketIdData, out var raw) && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                ticketId = parsed;
            }
        }

        action = new CardAction(verb.GetString()!, ticketId, inputs);
        return true;
    }
}
