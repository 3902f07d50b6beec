namespace MoitBot.Knowledge.Bank;

public enum EntryStatus
{
    Draft,
    Approved,
    Retired,
}
