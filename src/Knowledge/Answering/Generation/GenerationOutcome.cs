namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>What became of one model-written answer; everything but Accepted means it was not sent.</summary>
public enum GenerationOutcome
{
    /// <summary>Every citation verified: the model's answer was sent.</summary>
    Accepted,

    /// <summary>The model said the sources are not enough: the question goes to escalation.</summary>
    NotEnough,

    /// <summary>No reply within Llm:Timeout: the extractive answer was sent.</summary>
    Timeout,

    /// <summary>A [n] pointed at no numbered source.</summary>
    InvalidCitation,

    /// <summary>The answer cited nothing.</summary>
    NoCitation,

    /// <summary>A document number or article in the text is in no cited source.</summary>
    UnknownNumber,

    /// <summary>The call failed (HTTP error, malformed or empty reply).</summary>
    Error,

    /// <summary>Llm:MaxCallsPerMinute reached: the model was not called.</summary>
    RateLimited,
}
