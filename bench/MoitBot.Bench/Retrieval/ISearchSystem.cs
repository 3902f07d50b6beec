namespace MoitBot.Bench.Retrieval;

/// <summary>A retrieval system under test: ours in one of its modes, or a Lucene peer.</summary>
internal interface ISearchSystem : IDisposable
{
    string Name { get; }

    Task BuildAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken);

    /// <summary>Ids of the best articles, best first.</summary>
    Task<IReadOnlyList<string>> SearchAsync(string question, int top, CancellationToken cancellationToken);
}
