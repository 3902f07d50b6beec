using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>Restricts a search. Users only ever see approved entries, which is the default.</summary>
public sealed record SearchFilter
{
    public static SearchFilter ApprovedOnly { get; } = new();

    public IReadOnlyCollection<EntryStatus> Statuses { get; init; } = [EntryStatus.Approved];

    public IReadOnlyCollection<string>? Fields { get; init; }

    /// <summary>Folded document key ("105/2017/nd-cp" or "105/2017").</summary>
    public string? DocumentKey { get; init; }

    public bool Allows(EntryStatus status, string field, IReadOnlyList<string> documentKeys) =>
        Statuses.Contains(status)
        && (Fields is null || Fields.Count == 0 || Fields.Contains(field, StringComparer.OrdinalIgnoreCase))
        && (DocumentKey is null || documentKeys.Contains(DocumentKey, StringComparer.Ordinal));
}
