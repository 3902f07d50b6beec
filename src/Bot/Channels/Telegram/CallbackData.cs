namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Inline-button payloads ("action:arg[:arg]", at most 64 bytes as Telegram requires).</summary>
public sealed record CallbackData(string Action, string Argument, string? Extra = null)
{
    public const string Helpful = "ok";
    public const string NotHelpful = "bad";
    public const string Sources = "src";
    public const string Escalate = "esc";
    public const string EscalateChooseField = "escf";
    public const string EscalateSend = "escs";
    public const string Field = "fld";
    public const string Entry = "ent";
    public const string Handbook = "hb";
    public const string Province = "prov";
    public const string RateStaffAnswer = "rate";

    public override string ToString() => Extra is null ? $"{Action}:{Argument}" : $"{Action}:{Argument}:{Extra}";

    public static CallbackData? Parse(string? data)
    {
        if (string.IsNullOrEmpty(data) || data.Length > 64)
        {
            return null;
        }

        var parts = data.Split(':', 3);
        return parts.Length switch
        {
            2 => new CallbackData(parts[0], parts[1]),
            3 => new CallbackData(parts[0], parts[1], parts[2]),
            _ => null,
        };
    }

    public long? ArgumentAsId => long.TryParse(Argument, out var id) ? id : null;
}
