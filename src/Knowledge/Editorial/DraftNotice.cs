namespace MoitBot.Knowledge.Editorial;

/// <summary>Outbox payload: this version of an entry awaits an editor (a new draft) or was just saved (an update of earlier draft cards).</summary>
public sealed record DraftNotice(string EntryId, int Version);
