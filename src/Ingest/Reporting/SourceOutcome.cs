namespace MoitBot.Ingest.Reporting;

public enum SourceOutcome
{
    Added,
    Updated,
    Unchanged,
    Retired,
    Failed,

    /// <summary>Gone from a folder ingested again, kept because --prune was not given.</summary>
    Missing,
}
