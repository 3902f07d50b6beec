using System.ComponentModel.DataAnnotations;

namespace MoitBot.Ingest.Splitting;

public sealed class SplitterOptions
{
    public const string Section = "Ingest:Splitting";

    /// <summary>Longest chunk, in characters, before a unit is split into parts.</summary>
    [Range(200, 20000)]
    public int MaxChunkChars { get; set; } = 1500;

    /// <summary>Characters repeated from the end of one part at the start of the next.</summary>
    [Range(0, 5000)]
    public int OverlapChars { get; set; } = 200;

    /// <summary>An article's lead-in up to this length is repeated before each of its clauses.</summary>
    [Range(0, 5000)]
    public int MaxLeadInChars { get; set; } = 300;
}
