using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>An analysed, embedded query. Build it with <see cref="Retriever"/>.</summary>
public sealed record SearchRequest(IReadOnlyList<Term> Terms, float[]? Vector, SearchFilter Filter, int Top = 8, SearchMode Mode = SearchMode.Hybrid);
