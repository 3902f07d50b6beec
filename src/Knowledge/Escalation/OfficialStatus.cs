namespace MoitBot.Knowledge.Escalation;

public enum OfficialStatus
{
    Pending,
    Verified,
    Rejected,
}
