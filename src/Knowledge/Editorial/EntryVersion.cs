using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>One stored version of an entry (from entry_versions).</summary>
public sealed record EntryVersion(int Version, DateTimeOffset ChangedAt, string ChangedBy, KnowledgeEntry Snapshot);
