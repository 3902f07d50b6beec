namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Optional capability of an <see cref="IKnowledgeIndex"/>: lists what it holds, so drift against
/// the bank can be found (<see cref="IndexConsistencyChecker"/>).
/// </summary>
public interface IIndexInventory
{
    IAsyncEnumerable<(string EntryId, string ContentHash)> ListAsync(CancellationToken cancellationToken = default);
}
