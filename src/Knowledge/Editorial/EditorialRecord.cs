namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// The editorial side of an entry: where it came from, when it must be reviewed again, why it is
/// flagged, the last comment, and the question it was drafted from (askers come from the tickets,
/// see <see cref="DraftOrigins"/>).
/// </summary>
public sealed record EditorialRecord
{
    public required string EntryId { get; init; }
    public DraftSource Source { get; init; } = DraftSource.Editor;
    public DateOnly? ReviewBy { get; init; }
    public EditorialAction? LastAction { get; init; }
    public string? Flag { get; init; }
    public string? Comment { get; init; }
    public string? OriginalQuestion { get; init; }
    public int HelpfulCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsOverdue(DateOnly today) => Flag is not null || (ReviewBy is { } due && due < today);
}
