namespace MoitBot.Knowledge.Escalation;

public enum SlaState
{
    OnTime,
    DueSoon,
    Late,
    Paused,
}
