namespace MoitBot.Bench.Officials;

/// <summary>What became of one case at one threshold.</summary>
internal enum Verdict
{
    /// <summary>A confident answer from the expected entry, or an abstention on a question the bank does not answer.</summary>
    Right,

    /// <summary>A confident answer from another entry (or section), or any confident answer to a question not in the bank.</summary>
    WrongConfident,

    /// <summary>No confident answer to a question the bank answers.</summary>
    Abstained,
}
