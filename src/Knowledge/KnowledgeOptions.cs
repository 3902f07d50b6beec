namespace MoitBot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>"Embedded" (default) or "Qdrant".</summary>
    public string Index { get; set; } = "Embedded";
}
