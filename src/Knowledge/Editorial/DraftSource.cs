namespace MoitBot.Knowledge.Editorial;

/// <summary>Where an entry came from, as the review queue filters it.</summary>
public enum DraftSource
{
    StaffAnswer,
    HelpfulAnswer,
    Ingested,
    Editor,
    Demo,
}
