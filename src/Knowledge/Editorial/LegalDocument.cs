namespace MoitBot.Knowledge.Editorial;

/// <summary>A legal document entries may cite, with its validity.</summary>
public sealed record LegalDocument
{
    /// <summary>Folded key from <see cref="Text.DocumentNumber"/>: "105/2017/nd-cp".</summary>
    public required string Key { get; init; }
    public required string Number { get; init; }
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public string? Url { get; init; }
    public LegalDocumentStatus Status { get; init; } = LegalDocumentStatus.InForce;
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public string? ReplacedBy { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Replaced and repealed documents are no longer in force; amended ones still are (as amended).</summary>
    public bool IsInForce => Status is LegalDocumentStatus.InForce or LegalDocumentStatus.Amended;

    public string DisplayTitle => string.Join(' ', new[] { Type, Number }.Where(p => !string.IsNullOrWhiteSpace(p)))
        + (string.IsNullOrWhiteSpace(Title) ? string.Empty : $" – {Title}");
}
