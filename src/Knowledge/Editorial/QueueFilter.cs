namespace MoitBot.Knowledge.Editorial;

/// <summary>Filters of the review queue; null means "any".</summary>
public sealed record QueueFilter
{
    public QueueView View { get; init; } = QueueView.Drafts;
    public string? Field { get; init; }
    public string? Department { get; init; }
    public DraftSource? Source { get; init; }

    /// <summary>Only items waiting at least this many days.</summary>
    public int? MinAgeDays { get; init; }
}
