namespace MoitBot.Knowledge.Retrieval;

/// <summary>What one drift check found: entries missing from the index, indexed with an old hash, or indexed but no longer in the bank.</summary>
public sealed record IndexConsistencyReport(int BankEntries, int IndexedEntries, int Missing, int Stale, int Orphaned, bool Repaired)
{
    public bool Drifted => Missing + Stale + Orphaned > 0;
}
