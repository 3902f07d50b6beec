using System.Text.RegularExpressions;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>The message text without the "&lt;at&gt;Bot&lt;/at&gt;" mention of the bot (Teams includes it in channels).</summary>
public static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities?.Where(e => e.Type == "mention" && e.Mentioned?.Id == activity.Recipient?.Id) ?? [])
        {
            var markup = mention.Text ?? $"<at>{mention.Mentioned?.Name}</at>";
            text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
        }

        return AnyMention().Replace(text, " ").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    // Teams clients may send the bot's mention with a different display name than the entity.
    [GeneratedRegex("^\\s*<at>[^<]*</at>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyMention();
}
