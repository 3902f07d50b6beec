namespace MoitBot.Ingest.Pipeline;

/// <summary>One run as asked on the command line.</summary>
public sealed record IngestRequest(IReadOnlyList<string> Paths)
{
    public bool DryRun { get; init; }

    /// <summary>Retire entries of sources gone from a folder that is ingested again.</summary>
    public bool Prune { get; init; }

    /// <summary>Past Q&amp;A of this run enter as approved.</summary>
    public bool Official { get; init; }

    /// <summary>Field code for every source of this run that has no sidecar field.</summary>
    public string? Field { get; init; }
}
