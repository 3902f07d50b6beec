namespace MoitBot.Knowledge.Editorial;

public enum PersonalDataKind
{
    Phone,
    Email,
    AskerName,
}
