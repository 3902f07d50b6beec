namespace MoitBot.Knowledge.Editorial;

/// <summary>What an editor (or the system) did; every action is written to the audit log.</summary>
public enum EditorialAction
{
    Created,
    Edited,
    Approved,
    SentBack,
    Rejected,
    Retired,
    Reopened,
    Flagged,
    Suggested,
    DocumentChanged,
}
