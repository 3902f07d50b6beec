namespace MoitBot.Knowledge.Bank;

public enum EntryKind
{
    /// <summary>A past question with its answer.</summary>
    QuestionAnswer,

    /// <summary>A passage of an instruction, guidance or legal document.</summary>
    Guidance,

    /// <summary>Who does what: the ministry, the provincial department, the commune.</summary>
    Handbook,
}
