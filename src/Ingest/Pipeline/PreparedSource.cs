using MoitBot.Ingest.Reporting;
using MoitBot.Ingest.Storage;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Pipeline;

/// <summary>A parsed, changed source waiting for its batch to commit: entries to save, entries to retire, and what the ledger will record.</summary>
public sealed record PreparedSource(SourceReport Report, SourceState State, IReadOnlyList<KnowledgeEntry> Changed, IReadOnlyList<string> Stale);
