namespace MoitBot.Knowledge.Synonyms;

/// <summary>One change to the thesaurus: who, when, what (the set's phrases at that moment).</summary>
public sealed record SynonymAuditRecord(long Id, string SetKey, string Action, string Actor, DateTimeOffset At, IReadOnlyList<string> Members);
