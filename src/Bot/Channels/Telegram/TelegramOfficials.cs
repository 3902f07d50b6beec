using System.Globalization;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>How Telegram users map to official records of the escalation domain.</summary>
public static class TelegramOfficials
{
    public const string Channel = "telegram";

    public static string IdOf(long userId) => Official.IdFor(Channel, userId.ToString(CultureInfo.InvariantCulture));
}
