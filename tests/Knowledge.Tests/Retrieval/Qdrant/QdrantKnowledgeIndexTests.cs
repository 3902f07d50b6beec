using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;
using MoitBot.Knowledge.Text;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

/// <summary>The index driving the real Qdrant client; the requests it sends are read off the wire.</summary>
public sealed class QdrantKnowledgeIndexTests
{
    private const string Alias = "moitbot";
    private const string Initial = "moitbot-initial";
    private static readonly RetrievalOptions Retrieval = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpsertAsync_EmptyServer_CreatesInitialCollectionWithKeywordIndexesThenAliasThenWaitsForUpsert()
    {
        var server = new FakeQdrantCallInvoker();
        using var index = Index(server);

        await index.UpsertAsync([Document("e1"), Document("e2")], Ct);

        var create = Assert.Single(server.Requests<CreateCollection>("Collections/Create"));
        Assert.Equal(QdrantRequests.CreateCollection(Initial, 8), create);
        var fieldIndexes = server.Requests<CreateFieldIndexCollection>("Points/CreateFieldIndex").ToList();
        Assert.Equal(QdrantRequests.KeywordIndexes, fieldIndexes.Select(f => f.FieldName));
        Assert.All(fieldIndexes, f =>
        {
            Assert.Equal(Initial, f.CollectionName);
            Assert.Equal(FieldType.Keyword, f.FieldType);
        });
        var alias = Assert.Single(Assert.Single(server.Requests<ChangeAliases>("Collections/UpdateAliases")).Actions);
        Assert.Equal(Alias, alias.CreateAlias.AliasName);
        Assert.Equal(Initial, alias.CreateAlias.CollectionName);
        var upsert = Assert.Single(server.Requests<UpsertPoints>("Points/Upsert"));
        Assert.Equal(Alias, upsert.CollectionName);
        Assert.True(upsert.Wait);
        Assert.Equal(2, upsert.Points.Count);
        Assert.True(server.Calls.ToList().FindIndex(c => c.Method == "Collections/UpdateAliases") < server.Calls.ToList().FindIndex(c => c.Method == "Points/Upsert"));
    }

    [Theory]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.InvalidArgument)]
    public async Task UpsertAsync_AnotherInstanceCreatedTheCollectionFirst_PointsTheAliasAtItAndWrites(StatusCode answer)
    {
        // Qdrant's CreateAlias re-points an existing alias without error, so only a fixed collection
        // name makes two instances starting together on an empty server end up in one collection.
        var server = new FakeQdrantCallInvoker((method, request) => (method, request) switch
        {
            ("Collections/Create", _) => throw new RpcException(new Status(answer, $"Collection `{Initial}` already exists!")),
            ("Collections/CollectionExists", CollectionExistsRequest { CollectionName: Initial }) => new CollectionExistsResponse { Result = new CollectionExists { Exists = true } },
            _ => null,
        });
        using var index = Index(server);

        await index.UpsertAsync([Document("e1")], Ct);

        var alias = Assert.Single(Assert.Single(server.Requests<ChangeAliases>("Collections/UpdateAliases")).Actions);
        Assert.Equal(Initial, alias.CreateAlias.CollectionName);
        Assert.Single(server.Requests<UpsertPoints>("Points/Upsert"));
        Assert.Empty(server.Requests<DeleteCollection>("Collections/Delete"));
    }

    [Fact]
    public async Task UpsertAsync_CreateRejectedAndNoSuchCollection_ThrowsWithoutAliasOrWrite()
    {
        var server = new FakeQdrantCallInvoker((method, _) => method == "Collections/Create"
            ? throw new RpcException(new Status(StatusCode.InvalidArgument, "Wrong input: vector size must be positive"))
            : null);
        using var index = Index(server);

        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => index.UpsertAsync([Document("e1")], Ct));

        Assert.Contains("vector size", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests<ChangeAliases>("Collections/UpdateAliases"));
        Assert.Empty(server.Requests<UpsertPoints>("Points/Upsert"));
    }

    [Fact]
    public async Task SearchAsync_Hybrid_SendsTheBuiltQueryAndReadsEntryIds()
    {
        var server = new FakeQdrantCallInvoker((method, _) => method switch
        {
            "Collections/ListAliases" => new ListAliasesResponse { Aliases = { new AliasDescription { AliasName = Alias, CollectionName = Initial } } },
            "Points/Query" => new QueryResponse { Result = { Hit("ruou-hoso", 0.5f), Hit("ruou-thoihan", 0.25f) } },
            _ => null,
        });
        using var index = Index(server);
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép bán lẻ rượu"), Vector(), SearchFilter.ApprovedOnly, 5);

        var hits = await index.SearchAsync(request, Ct);

        var sent = Assert.Single(server.Requests<QueryPoints>("Points/Query"));
        var built = QdrantRequests.Query(Alias, request, Retrieval)!;
        Assert.Equal(built.Prefetch, sent.Prefetch);
        Assert.Equal(built.Query, sent.Query);
        Assert.Equal(built.Filter, sent.Filter);
        Assert.Equal(built.Limit, sent.Limit);
        Assert.Equal(built.WithPayload, sent.WithPayload);
        Assert.False(sent.HasUsing);
        Assert.False(sent.WithVectors.Enable);
        Assert.Equal(["ruou-hoso", "ruou-thoihan"], hits.Select(h => h.EntryId));
        Assert.All(hits, h => Assert.Null(h.LexicalScore ?? h.DenseScore));
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsNextPageOffsetAndFetchesOnlyIdAndHash()
    {
        var next = new PointId { Uuid = QdrantRequests.PointId("e3").ToString() };
        var server = new FakeQdrantCallInvoker((method, request) => (method, request) switch
        {
            ("Collections/ListAliases", _) => new ListAliasesResponse { Aliases = { new AliasDescription { AliasName = Alias, CollectionName = Initial } } },
            ("Points/Scroll", ScrollPoints { Offset: null }) => new ScrollResponse { Result = { Stored("e1"), Stored("e2") }, NextPageOffset = next },
            ("Points/Scroll", _) => new ScrollResponse { Result = { Stored("e3") } },
            _ => null,
        });
        using var index = Index(server);

        var inventory = new List<(string, string)>();
        await foreach (var item in index.ListAsync(Ct))
        {
            inventory.Add(item);
        }

        Assert.Equal([("e1", "hash-e1"), ("e2", "hash-e2"), ("e3", "hash-e3")], inventory);
        var scrolls = server.Requests<ScrollPoints>("Points/Scroll").ToList();
        Assert.Equal(2, scrolls.Count);
        Assert.Equal(next, scrolls[1].Offset);
        Assert.All(scrolls, s =>
        {
            Assert.Equal([QdrantRequests.EntryIdKey, QdrantRequests.ContentHashKey], s.WithPayload.Include.Fields);
            Assert.False(s.WithVectors.Enable);
        });
    }

    private static QdrantKnowledgeIndex Index(FakeQdrantCallInvoker server) => new(
        new QdrantClient(new QdrantGrpcClient(server)),
        Options.Create(new QdrantOptions { Url = new Uri("http://qdrant:6334"), RetryAttempts = 1, RetryDelay = TimeSpan.FromMilliseconds(1) }),
        Options.Create(Retrieval),
        TimeProvider.System,
        NullLogger<QdrantKnowledgeIndex>.Instance);

    private static ScoredPoint Hit(string entryId, float score)
    {
        var point = new ScoredPoint { Id = QdrantRequests.PointId(entryId), Score = score };
        point.Payload[QdrantRequests.EntryIdKey] = entryId;
        return point;
    }

    private static RetrievedPoint Stored(string entryId)
    {
        var point = new RetrievedPoint { Id = QdrantRequests.PointId(entryId) };
        point.Payload[QdrantRequests.EntryIdKey] = entryId;
        point.Payload[QdrantRequests.ContentHashKey] = $"hash-{entryId}";
        return point;
    }

    private static float[] Vector() => Enumerable.Range(1, 8).Select(i => i / 8f).ToArray();

    private static IndexDocument Document(string id) => new(
        id,
        TextAnalyzer.Analyze("Giấy phép bán lẻ rượu"),
        TextAnalyzer.Analyze("Hồ sơ gồm đơn đề nghị cấp giấy phép"),
        Vector(),
        "ruou",
        EntryStatus.Approved,
        ["105/2017/nd-cp"],
        $"hash-{id}",
        null);
}
