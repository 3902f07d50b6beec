namespace MoitBot.Knowledge.Editorial;

/// <summary>Which part of the bank the review queue shows.</summary>
public enum QueueView
{
    Drafts,
    Overdue,
    Approved,
    Retired,
    All,
}
