namespace MoitBot.Ingest.Sources;

/// <summary>Files found, folders scanned (for pruning), arguments that do not exist, and files of unsupported types in folders.</summary>
public sealed record ScanResult(IReadOnlyList<SourceFile> Files, IReadOnlyList<string> Roots, IReadOnlyList<string> Missing, IReadOnlyList<string> Ignored);
