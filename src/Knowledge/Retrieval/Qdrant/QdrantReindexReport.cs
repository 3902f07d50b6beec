namespace MoitBot.Knowledge.Retrieval.Qdrant;

public sealed record QdrantReindexReport(string Alias, string Collection, string? PreviousCollection, int Points);
