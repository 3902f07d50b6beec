using MoitBot.Ingest.Metadata;

namespace MoitBot.Ingest.Storage;

/// <summary>What the ledger records for a source once its chunks are saved.</summary>
public sealed record SourceState(string SourceId, string Path, string Fingerprint, string Kind)
{
    public DocumentMetadata? Metadata { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<ChunkState> Chunks { get; init; } = [];
}

/// <summary>One chunk of a source as recorded: its entry, locator, field and content hash.</summary>
public sealed record ChunkState(string EntryId, string Locator, string Field, string ContentHash);
