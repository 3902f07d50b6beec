using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>In a group (a commune office) the bot speaks only when mentioned, replied to, or given its own command.</summary>
public static class ChatAddressing
{
    public static bool IsAddressed(Message message, string? botUsername)
    {
        if (message.Chat.Type == ChatType.Private)
        {
            return true;
        }

        if (string.IsNullOrEmpty(botUsername))
        {
            return false;
        }

        if (message.ReplyToMessage?.From is { IsBot: true } author && string.Equals(author.Username, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = message.Text ?? message.Caption ?? string.Empty;
        if (TelegramCommand.Parse(text) is { TargetBot: not null } command)
        {
            return command.IsFor(botUsername);
        }

        return text.Contains("@" + botUsername, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text without "@botname", so the mention is not searched as part of the question.</summary>
    public static string WithoutMention(string text, string? botUsername) =>
        string.IsNullOrEmpty(botUsername) ? text.Trim() : text.Replace("@" + botUsername, " ", StringComparison.OrdinalIgnoreCase).Trim();
}
