namespace MoitBot.Ingest.Pipeline;

/// <summary>Where a run is: sources done of the total, the current file, and counts so far.</summary>
public sealed record IngestProgress(int Done, int Total, string Current, int Changed, int Unchanged, int Failed, int Chunks);
