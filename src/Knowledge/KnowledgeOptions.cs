using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>"Embedded" (default) or "Qdrant".</summary>
    public string Index { get; set; } = "Embedded";

    /// <summary>How often the bank and the index are compared and drift repaired.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ConsistencyCheckInterval { get; set; } = TimeSpan.FromMinutes(10);

    public bool UsesQdrant => string.Equals(Index, "Qdrant", StringComparison.OrdinalIgnoreCase);
}
