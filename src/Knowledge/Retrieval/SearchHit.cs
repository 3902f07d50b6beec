namespace MoitBot.Knowledge.Retrieval;

/// <summary>One result; scores are on each retriever's own scale, <see cref="Score"/> is the fused one.</summary>
public sealed record SearchHit(string EntryId, double Score, double? LexicalScore, double? DenseScore);
