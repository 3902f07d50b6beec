using System.ComponentModel.DataAnnotations;

namespace MoitBot.Bot.Jobs;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Time allowed to one send (a Telegram message, a Teams card).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a message is parked as Failed for an operator.</summary>
    [Range(1, 10_000)]
    public int MaxAttempts { get; set; } = 50;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
