namespace MoitBot.Ingest.Metadata;

/// <summary>What a document says about itself in its standard header, possibly overridden by its sidecar.</summary>
public sealed record DocumentMetadata
{
    /// <summary>As written: "105/2017/NĐ-CP".</summary>
    public string? Number { get; init; }

    /// <summary>"Nghị định", "Thông tư", "Công văn"...</summary>
    public string? Type { get; init; }

    public string? Issuer { get; init; }
    public string? Title { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public IReadOnlyList<DocumentRelation> Relations { get; init; } = [];
}
