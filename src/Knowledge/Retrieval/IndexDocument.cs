using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>What an index stores for one entry: analysed terms per field, the vector and filterable payload.</summary>
public sealed record IndexDocument(
    string EntryId,
    IReadOnlyList<Term> TitleTerms,
    IReadOnlyList<Term> BodyTerms,
    float[] Vector,
    string Field,
    EntryStatus Status,
    IReadOnlyList<string> DocumentKeys,
    string ContentHash,
    string? SourceId);
