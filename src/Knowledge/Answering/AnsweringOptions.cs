using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Answering;

public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>Below this the bot says it has no guidance and proposes escalation.</summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.55;

    /// <summary>How many entries are retrieved for a question.</summary>
    [Range(1, 50)]
    public int RetrievedEntries { get; set; } = 5;

    [Range(1, 20)]
    public int QuotedSentences { get; set; } = 3;

    [Range(50, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>Base address of the public portal; a source without its own link points to its page there.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");
}
