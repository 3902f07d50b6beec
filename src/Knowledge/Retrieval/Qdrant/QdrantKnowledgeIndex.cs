using System.Runtime.CompilerServices;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>
/// The scale-out index: one point per entry in a Qdrant collection reached through an alias
/// (<see cref="QdrantOptions.Collection"/>), a dense vector and a sparse vector of our own
/// Vietnamese terms, fused server-side by weighted RRF. The alias and its first physical
/// collection ("&lt;alias&gt;-initial") are created on first write; <see cref="QdrantReindexer"/>
/// rebuilds without downtime.
/// </summary>
public sealed partial class QdrantKnowledgeIndex : IKnowledgeIndex, IIndexInventory, IDisposable
{
    private const uint ScrollPage = 256;
    private readonly QdrantClient _client;
    private readonly QdrantOptions _options;
    private readonly RetrievalOptions _retrieval;
    private readonly ILogger<QdrantKnowledgeIndex> _logger;
    private readonly QdrantResilience _resilience;
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _exists;

    public QdrantKnowledgeIndex(QdrantClient client, IOptions<QdrantOptions> options, IOptions<RetrievalOptions> retrieval, TimeProvider timeProvider, ILogger<QdrantKnowledgeIndex> logger)
    {
        _client = client;
        _options = options.Value;
        _retrieval = retrieval.Value;
        _logger = logger;
        _resilience = new QdrantResilience(_options, timeProvider, logger);
    }

    public string Alias => _options.Collection;

    public async Task UpsertAsync(IReadOnlyList<IndexDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await EnsureCollectionAsync(documents[0].Vector.Length, cancellationToken);
        await UpsertIntoAsync(Alias, documents, cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken = default)
    {
        if (entryIds.Count == 0 || !await ExistsAsync(cancellationToken))
        {
            return;
        }

        var ids = entryIds.Select(QdrantRequests.PointId).ToList();
        await _resilience.RunAsync("delete", token => _client.DeleteAsync(Alias, ids, wait: true, cancellationToken: token), cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = QdrantRequests.Query(Alias, request, _retrieval);
        if (query is null || !await ExistsAsync(cancellationToken))
        {
            return [];
        }

        var points = await _resilience.RunAsync("query", token => _client.QueryAsync(
            query.CollectionName, query.Query, query.Prefetch, query.HasUsing ? query.Using : null, query.Filter,
            limit: query.Limit, payloadSelector: query.WithPayload, cancellationToken: token), cancellationToken);

        var fused = query.Prefetch.Count > 0;
        var lexical = !fused && query.Using == QdrantRequests.LexicalVector;
        return points
            .Where(p => p.Payload.ContainsKey(QdrantRequests.EntryIdKey))
            .Select(p => new SearchHit(
                p.Payload[QdrantRequests.EntryIdKey].StringValue,
                p.Score,
                !fused && lexical ? p.Score : null,
                !fused && !lexical ? p.Score : null))
            .ToList();
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(cancellationToken))
        {
            return 0;
        }

        return (long)await _resilience.RunAsync("count", token => _client.CountAsync(Alias, exact: true, cancellationToken: token), cancellationToken);
    }

    public async IAsyncEnumerable<(string EntryId, string ContentHash)> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(cancellationToken))
        {
            yield break;
        }

        PointId? offset = null;
        do
        {
            var from = offset;
            var page = await _resilience.RunAsync("scroll", token => _client.ScrollAsync(
                Alias, limit: ScrollPage, offset: from,
                payloadSelector: new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { QdrantRequests.EntryIdKey, QdrantRequests.ContentHashKey } } },
                cancellationToken: token), cancellationToken);
            foreach (var point in page.Result)
            {
                if (point.Payload.TryGetValue(QdrantRequests.EntryIdKey, out var id) && point.Payload.TryGetValue(QdrantRequests.ContentHashKey, out var hash))
                {
                    yield return (id.StringValue, hash.StringValue);
                }
            }

            offset = page.NextPageOffset;
        }
        while (offset is not null);
    }

    public void Dispose() => _createGate.Dispose();

    /// <summary>Creates a physical collection with its vectors and payload indexes.</summary>
    internal async Task CreatePhysicalCollectionAsync(string name, int dimensions, CancellationToken cancellationToken)
    {
        await _resilience.RunAsync("create collection", token => _client.CreateCollectionAsync(QdrantRequests.CreateCollection(name, dimensions), token), cancellationToken);
        foreach (var field in QdrantRequests.KeywordIndexes)
        {
            await _resilience.RunAsync("create payload index", token => _client.CreatePayloadIndexAsync(name, field, PayloadSchemaType.Keyword, cancellationToken: token), cancellationToken);
        }

        LogCollectionCreated(_logger, name, dimensions);
    }

    internal async Task UpsertIntoAsync(string collection, IReadOnlyList<IndexDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var request in QdrantRequests.Upserts(collection, documents, _options.BatchSize, _retrieval, _options.AverageDocumentLength))
        {
            await _resilience.RunAsync("upsert", token => _client.UpsertAsync(request, token), cancellationToken);
        }
    }

    /// <summary>The physical collection the alias points to, or null when there is no alias yet.</summary>
    internal async Task<string?> ResolveAliasAsync(CancellationToken cancellationToken)
    {
        var aliases = await _resilience.RunAsync("list aliases", token => _client.ListAliasesAsync(token), cancellationToken);
        return aliases.FirstOrDefault(a => a.AliasName == Alias)?.CollectionName;
    }

    internal async Task SwitchAliasAsync(string physical, bool aliasExists, CancellationToken cancellationToken)
    {
        await _resilience.RunAsync("update aliases", token => _client.UpdateAliasesAsync(QdrantRequests.SwitchAlias(Alias, physical, aliasExists), cancellationToken: token), cancellationToken);
        _exists = true;
    }

    internal async Task DropCollectionAsync(string physical, CancellationToken cancellationToken) =>
        await _resilience.RunAsync("delete collection", token => _client.DeleteCollectionAsync(physical, cancellationToken: token), cancellationToken);

    internal Task<bool> CollectionNameTakenAsync(CancellationToken cancellationToken) => CollectionExistsAsync(Alias, cancellationToken);

    private async Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken) =>
        await _resilience.RunAsync("collection exists", token => _client.CollectionExistsAsync(name, token), cancellationToken);

    private async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        if (!_exists && (await ResolveAliasAsync(cancellationToken) is not null || await CollectionNameTakenAsync(cancellationToken)))
        {
            _exists = true;
        }

        return _exists;
    }

    private async Task EnsureCollectionAsync(int dimensions, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(cancellationToken))
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken);
        try
        {
            if (await ExistsAsync(cancellationToken))
            {
                return;
            }

            var physical = QdrantRequests.InitialPhysicalName(Alias);
            try
            {
                await CreatePhysicalCollectionAsync(physical, dimensions, cancellationToken);
            }
            catch (IndexUnavailableException ex) when (ex.InnerException is RpcException { StatusCode: StatusCode.AlreadyExists or StatusCode.InvalidArgument })
            {
                // Another instance created it a moment ago (older servers answer InvalidArgument);
                // anything else that was rejected is a real failure.
                if (!await CollectionExistsAsync(physical, cancellationToken))
                {
                    throw;
                }

                LogCollectionFound(_logger, physical);
            }

            // Idempotent: racing instances all point the alias at the same collection.
            await SwitchAliasAsync(physical, aliasExists: false, cancellationToken);
        }
        finally
        {
            _createGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Qdrant collection {Collection} created ({Dimensions} dimensions)")]
    private static partial void LogCollectionCreated(ILogger logger, string collection, int dimensions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Qdrant collection {Collection} was created by another instance; using it")]
    private static partial void LogCollectionFound(ILogger logger, string collection);
}
