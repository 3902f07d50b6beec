namespace MoitBot.Ingest.Reporting;

/// <summary>What happened to one source file.</summary>
public sealed record SourceReport(string Path, SourceOutcome Outcome)
{
    /// <summary>Why it failed (or was retired); null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>"document" or "qa".</summary>
    public string? Kind { get; init; }

    public string? DocumentNumber { get; init; }
    public string? DocumentType { get; init; }
    public string? Issuer { get; init; }
    public string? Title { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public IReadOnlyList<string> Relations { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<ChunkReport> Chunks { get; init; } = [];
}
