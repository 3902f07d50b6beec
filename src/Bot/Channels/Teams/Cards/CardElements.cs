using System.Text.Json.Nodes;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Adaptive Card 1.5 building blocks shared by the escalation and draft cards.</summary>
public static class CardElements
{
    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null, bool isSubtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Section(string title) => Text(title, weight: "Bolder", separator: true);

    public static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
