namespace MoitBot.Knowledge.Editorial;

public enum LegalDocumentStatus
{
    InForce,
    Amended,
    Replaced,
    Repealed,
}
