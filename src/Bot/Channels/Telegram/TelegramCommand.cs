namespace MoitBot.Bot.Channels.Telegram;

/// <summary>A bot command as typed: "/phancap@MoitBot rượu" is ("phancap", "rượu", "MoitBot").</summary>
public sealed record TelegramCommand(string Name, string Arguments, string? TargetBot)
{
    /// <summary>Parses a command at the start of a message; null when the text is not a command.</summary>
    public static TelegramCommand? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/' || text.Length < 2)
        {
            return null;
        }

        var end = text.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? text[1..] : text[1..end];
        var arguments = end < 0 ? string.Empty : text[(end + 1)..].Trim();
        string? target = null;
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            target = head[(at + 1)..];
            head = head[..at];
        }

        if (head.Length == 0 || head.Length > 32 || !head.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        return new TelegramCommand(head.ToLowerInvariant(), arguments, string.IsNullOrEmpty(target) ? null : target);
    }

    /// <summary>True unless the command names another bot ("/start@OtherBot").</summary>
    public bool IsFor(string? botUsername) =>
        TargetBot is null || string.Equals(TargetBot, botUsername, StringComparison.OrdinalIgnoreCase);
}
