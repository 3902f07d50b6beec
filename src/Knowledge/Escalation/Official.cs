namespace MoitBot.Knowledge.Escalation;

/// <summary>A registered commune official. Personal data: never published, never logged above Trace.</summary>
public sealed record Official
{
    /// <summary>"{channel}:{external id}", e.g. "telegram:123456".</summary>
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public required string ExternalId { get; init; }

    /// <summary>Where the bot answers this official (a private chat id).</summary>
    public required string ChatId { get; init; }
    public required string FullName { get; init; }
    public required string Position { get; init; }
    public required string Commune { get; init; }
    public required string Province { get; init; }
    public string? Phone { get; init; }
    public OfficialStatus Status { get; init; } = OfficialStatus.Pending;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    public string? VerifiedBy { get; init; }

    public bool IsVerified => Status == OfficialStatus.Verified;

    public static string IdFor(string channel, string externalId) => $"{channel}:{externalId}";
}
