namespace MoitBot.Ingest.Metadata;

/// <summary>"amends" (sửa đổi, bổ sung), "replaces" (thay thế) or "repeals" (bãi bỏ) another document.</summary>
public sealed record DocumentRelation(string Relation, string TargetNumber)
{
    public const string Amends = "amends";
    public const string Replaces = "replaces";
    public const string Repeals = "repeals";
}
