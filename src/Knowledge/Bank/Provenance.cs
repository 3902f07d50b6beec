namespace MoitBot.Knowledge.Bank;

public enum Provenance
{
    Ingested,
    StaffAnswer,
    Editor,
    Demo,
}
