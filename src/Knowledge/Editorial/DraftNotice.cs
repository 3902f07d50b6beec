namespace MoitBot.Knowledge.Editorial;

/// <summary>Outbox payload: this version of a draft entry awaits an editor.</summary>
public sealed record DraftNotice(string EntryId, int Version);
