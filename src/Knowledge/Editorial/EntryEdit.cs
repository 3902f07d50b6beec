using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>What an editor can change on a draft: the reusable question, the answer, the field, the references, the review date.</summary>
public sealed record EntryEdit
{
    public string? Id { get; init; }
    public required string Field { get; init; }
    public required string Title { get; init; }
    public string? Question { get; init; }
    public required string Body { get; init; }
    public IReadOnlyList<LegalReference> References { get; init; } = [];
    public DateOnly? ReviewBy { get; init; }
}
