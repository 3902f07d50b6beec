namespace MoitBot.Knowledge.Answering;

public enum AnswerOutcome
{
    /// <summary>A confident answer with sources.</summary>
    Answered,

    /// <summary>Nothing confident in the bank: the responsible department is named and escalation proposed.</summary>
    NoGuidance,

    /// <summary>The input was not a usable question (empty, too long, no words).</summary>
    InvalidQuestion,
}
