namespace MoitBot.Ingest.Reporting;

/// <summary>The run's outcome: per-source results and totals. Exit code 0 when nothing failed, 2 otherwise.</summary>
public sealed class IngestReport
{
    public bool DryRun { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; set; }
    public bool Cancelled { get; set; }
    public List<SourceReport> Sources { get; } = [];
    public List<string> Ignored { get; } = [];

    public int Added => Count(SourceOutcome.Added);
    public int Updated => Count(SourceOutcome.Updated);
    public int Unchanged => Count(SourceOutcome.Unchanged);
    public int Retired => Count(SourceOutcome.Retired);
    public int Failed => Count(SourceOutcome.Failed);
    public int Missing => Count(SourceOutcome.Missing);

    public int ChunksAdded => ChunkCount("added");
    public int ChunksUpdated => ChunkCount("updated");
    public int ChunksUnchanged => ChunkCount("unchanged");
    public int ChunksRetired => ChunkCount("retired");

    public int ExitCode => Failed > 0 ? 2 : 0;

    private int Count(SourceOutcome outcome) => Sources.Count(s => s.Outcome == outcome);

    private int ChunkCount(string change) => Sources.Sum(s => s.Chunks.Count(c => c.Change == change));
}
