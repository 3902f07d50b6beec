namespace MoitBot.Knowledge.Answering;

public enum AnswerOutcome
{
    /// <summary>A confident answer with sources.</summary>
    Answered,

    /// <summary>Nothing confident in the bank: the responsible department is named and escalation proposed.</summary>
    NoGuidance,

    /// <summary>The input was not a usable question (empty, too long, no words).</summary>
    InvalidQuestion,

    /// <summary>
    /// The index could not be reached: the user is told the question is recorded and will be
    /// answered; channels keep the question and treat it as an escalation.
    /// </summary>
    IndexUnavailable,
}
