using System.ComponentModel.DataAnnotations;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Telegram channel settings (section "Telegram"). The channel starts only when BotToken is set.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    public string? BotToken { get; set; }

    /// <summary>Bot API base address; empty = Telegram's own. Tests point it at the emulator.</summary>
    public Uri? ApiBaseUrl { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token; required in webhook mode.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Public HTTPS address of /telegram/webhook to register at start-up; empty = registered elsewhere.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>How long one update may take before it is abandoned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Updates handled at the same time (each chat is still answered in order).</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    [Range(1, 50)]
    public int PollTimeoutSeconds { get; set; } = 25;

    [Range(1, 1000)]
    public int QuestionsPerWindow { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan QuestionWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest photo or PDF an official may attach to a question.</summary>
    [Range(1, 50 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Where attachments are stored (relative to the working directory).</summary>
    [Required]
    public string AttachmentsPath { get; set; } = "data/attachments";

    /// <summary>How often a send is retried when Telegram is unreachable or asks to slow down.</summary>
    [Range(0, 20)]
    public int SendRetries { get; set; } = 5;

    /// <summary>The 34 provincial-level units (after the 2025 merger) officials choose from; empty = the shipped list.</summary>
    public List<string> Provinces { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !BotToken!.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Telegram:BotToken must look like '<bot id>:<secret>'.", [nameof(BotToken)]);
        }

        if (Enabled && Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required when Telegram:Mode is Webhook.", [nameof(WebhookSecret)]);
        }

        if (WebhookSecret is { Length: > 0 } secret && (secret.Length > 256 || secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))))
        {
            yield return new ValidationResult("Telegram:WebhookSecret must be 1-256 characters A-Z, a-z, 0-9, _ or -.", [nameof(WebhookSecret)]);
        }
    }
}
