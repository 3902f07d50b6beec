using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;
using MoitBot.Knowledge.Text;
using Qdrant.Client.Grpc;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

public sealed class QdrantRequestsTests
{
    private static readonly RetrievalOptions Retrieval = new();

    [Fact]
    public void CreateCollection_EmbedderDimensions_NamedDenseCosineAndSparseWithIdf()
    {
        var request = QdrantRequests.CreateCollection("moitbot-20261127", 384);

        Assert.Equal("moitbot-20261127", request.CollectionName);
        var dense = Assert.Single(request.VectorsConfig.ParamsMap.Map);
        Assert.Equal(QdrantRequests.DenseVector, dense.Key);
        Assert.Equal(384UL, dense.Value.Size);
        Assert.Equal(Distance.Cosine, dense.Value.Distance);
        var sparse = Assert.Single(request.SparseVectorsConfig.Map);
        Assert.Equal(QdrantRequests.LexicalVector, sparse.Key);
        Assert.Equal(Modifier.Idf, sparse.Value.Modifier);
    }

    [Fact]
    public void KeywordIndexes_CoverEveryFilteredPayloadField()
    {
        Assert.Contains(QdrantRequests.StatusKey, QdrantRequests.KeywordIndexes);
        Assert.Contains(QdrantRequests.FieldKey, QdrantRequests.KeywordIndexes);
        Assert.Contains(QdrantRequests.DocumentKeysKey, QdrantRequests.KeywordIndexes);
        Assert.Contains(QdrantRequests.SourceIdKey, QdrantRequests.KeywordIndexes);
    }

    [Fact]
    public void Filter_ApprovedOnly_OnlyStatusCondition()
    {
        var filter = QdrantRequests.Filter(SearchFilter.ApprovedOnly);

        var condition = Assert.Single(filter.Must);
        Assert.Equal(QdrantRequests.StatusKey, condition.Field.Key);
        Assert.Equal(["approved"], condition.Field.Match.Keywords.Strings);
        Assert.Empty(filter.Should);
        Assert.Empty(filter.MustNot);
    }

    [Fact]
    public void Filter_StatusesFieldsAndDocumentKey_AllRequired()
    {
        var filter = QdrantRequests.Filter(new SearchFilter
        {
            Statuses = [EntryStatus.Draft, EntryStatus.Approved],
            Fields = ["Ruou", "dien-luc"],
            DocumentKey = "105/2017/nd-cp",
        });

        var byKey = filter.Must.ToDictionary(c => c.Field.Key);
        Assert.Equal(["draft", "approved"], byKey[QdrantRequests.StatusKey].Field.Match.Keywords.Strings);
        Assert.Equal(["ruou", "dien-luc"], byKey[QdrantRequests.FieldKey].Field.Match.Keywords.Strings);
        Assert.Equal("105/2017/nd-cp", byKey[QdrantRequests.DocumentKeysKey].Field.Match.Keyword);
    }

    [Fact]
    public void Query_Hybrid_TwoFilteredPrefetchesFusedByWeightedRrf()
    {
        var retrieval = new RetrievalOptions { LexicalWeight = 1.0, DenseWeight = 0.7, FusionK = 60, CandidatePool = 50 };
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép bán lẻ rượu"), Vector(), SearchFilter.ApprovedOnly with { Fields = ["ruou"] }, 8);

        var query = QdrantRequests.Query("moitbot", request, retrieval)!;

        Assert.Equal("moitbot", query.CollectionName);
        Assert.Equal(8UL, query.Limit);
        Assert.Equal(Query.VariantOneofCase.Rrf, query.Query.VariantCase);
        Assert.Equal(60U, query.Query.Rrf.K);
        Assert.Equal([1.0f, 0.7f], query.Query.Rrf.Weights);
        Assert.Equal([QdrantRequests.LexicalVector, QdrantRequests.DenseVector], query.Prefetch.Select(p => p.Using));
        Assert.All(query.Prefetch, p =>
        {
            Assert.Equal(50UL, p.Limit);
            Assert.Equal(query.Filter, p.Filter);
            Assert.Equal(Query.VariantOneofCase.Nearest, p.Query.VariantCase);
        });
        Assert.Equal(2, query.Filter.Must.Count);
        Assert.Contains(QdrantRequests.EntryIdKey, query.WithPayload.Include.Fields);
    }

    [Fact]
    public void Query_TopAboveCandidatePool_PrefetchesAtLeastTop()
    {
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép"), Vector(), SearchFilter.ApprovedOnly, 300);
        var query = QdrantRequests.Query("moitbot", request, new RetrievalOptions { CandidatePool = 100 })!;
        Assert.All(query.Prefetch, p => Assert.Equal(300UL, p.Limit));
    }

    [Fact]
    public void Query_LexicalMode_SparseVectorOnly()
    {
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép bán lẻ rượu"), Vector(), SearchFilter.ApprovedOnly, 5, SearchMode.Lexical);

        var query = QdrantRequests.Query("moitbot", request, Retrieval)!;

        Assert.Empty(query.Prefetch);
        Assert.Equal(QdrantRequests.LexicalVector, query.Using);
        var sparse = query.Query.Nearest.Sparse;
        Assert.Equal(SparseTermVector.ForQuery(request.Terms, Retrieval).Indices, sparse.Indices);
        Assert.Single(query.Filter.Must);
    }

    [Fact]
    public void Query_DenseMode_DenseVectorOnly()
    {
        var vector = Vector();
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép bán lẻ rượu"), vector, SearchFilter.ApprovedOnly, 5, SearchMode.Dense);

        var query = QdrantRequests.Query("moitbot", request, Retrieval)!;

        Assert.Empty(query.Prefetch);
        Assert.Equal(QdrantRequests.DenseVector, query.Using);
        Assert.Equal(vector, query.Query.Nearest.Dense.Data);
    }

    [Fact]
    public void Query_HybridWithoutVector_FallsBackToLexical()
    {
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép"), null, SearchFilter.ApprovedOnly);
        var query = QdrantRequests.Query("moitbot", request, Retrieval)!;
        Assert.Empty(query.Prefetch);
        Assert.Equal(QdrantRequests.LexicalVector, query.Using);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Query_TopZeroOrNegative_NullLikeTheEmbeddedIndex(int top)
    {
        var request = new SearchRequest(TextAnalyzer.Analyze("giấy phép"), Vector(), SearchFilter.ApprovedOnly, top);
        Assert.Null(QdrantRequests.Query("moitbot", request, Retrieval));
    }

    [Fact]
    public void Query_NoTermsAndNoVector_Null()
    {
        Assert.Null(QdrantRequests.Query("moitbot", new SearchRequest([], null, SearchFilter.ApprovedOnly), Retrieval));
    }

    [Fact]
    public void Upserts_300Documents_BatchesOfConfiguredSizeThatWait()
    {
        var documents = Enumerable.Range(0, 300).Select(i => Document($"e{i}")).ToList();

        var batches = QdrantRequests.Upserts("moitbot", documents, 128, Retrieval, 100).ToList();

        Assert.Equal([128, 128, 44], batches.Select(b => b.Points.Count));
        Assert.All(batches, b => Assert.True(b.Wait));
        Assert.All(batches, b => Assert.Equal("moitbot", b.CollectionName));
        Assert.Equal(300, batches.SelectMany(b => b.Points).Select(p => p.Id.Uuid).Distinct().Count());
    }

    [Fact]
    public void Upserts_SameEntryTwiceInOneCall_OnePointWithTheLastVersion()
    {
        var batches = QdrantRequests.Upserts("moitbot", [Document("e1", "cũ"), Document("e1", "mới")], 64, Retrieval, 100).ToList();
        var point = Assert.Single(Assert.Single(batches).Points);
        Assert.Equal("mới", point.Payload[QdrantRequests.ContentHashKey].StringValue);
    }

    [Fact]
    public void PointId_SameEntryId_SameUuidAcrossCalls()
    {
        Assert.Equal(QdrantRequests.PointId("ruou-hoso"), QdrantRequests.PointId("ruou-hoso"));
        Assert.NotEqual(QdrantRequests.PointId("ruou-hoso"), QdrantRequests.PointId("ruou-thoihan"));
        Assert.Equal(8, QdrantRequests.PointId("ruou-hoso").Version);
    }

    [Fact]
    public void Point_Document_IdPayloadAndBothVectors()
    {
        var document = Document("ruou-hoso") with { Field = "Ruou", Status = EntryStatus.Draft, SourceId = "files/nd105.docx" };

        var point = QdrantRequests.Point(document, Retrieval, 100);

        Assert.Equal(QdrantRequests.PointId("ruou-hoso").ToString(), point.Id.Uuid);
        Assert.Equal("ruou-hoso", point.Payload[QdrantRequests.EntryIdKey].StringValue);
        Assert.Equal("draft", point.Payload[QdrantRequests.StatusKey].StringValue);
        Assert.Equal("ruou", point.Payload[QdrantRequests.FieldKey].StringValue);
        Assert.Equal(["105/2017/nd-cp", "105/2017"], point.Payload[QdrantRequests.DocumentKeysKey].ListValue.Values.Select(v => v.StringValue));
        Assert.Equal("files/nd105.docx", point.Payload[QdrantRequests.SourceIdKey].StringValue);
        var vectors = point.Vectors.Vectors_.Vectors;
        Assert.Equal(document.Vector, vectors[QdrantRequests.DenseVector].Dense.Data);
        var sparse = vectors[QdrantRequests.LexicalVector].Sparse;
        Assert.Equal(sparse.Indices.Order(), sparse.Indices);
        Assert.NotEmpty(sparse.Values);
    }

    /// <summary>
    /// Qdrant validates a sparse vector only for equal lengths and unique indices (it rejects
    /// duplicates); an empty one is valid. A text of stop words only must still produce a point.
    /// </summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("và của", "là thì")]
    [InlineData("rượu rượu rượu", "Rượu RƯỢU ruou rượu")]
    public void Point_AnyText_SparseVectorHasUniqueSortedIndicesOfTheSameLengthAsValues(string title, string body)
    {
        var document = Document("e") with { TitleTerms = TextAnalyzer.Analyze(title), BodyTerms = TextAnalyzer.Analyze(body) };

        var sparse = QdrantRequests.Point(document, Retrieval, 100).Vectors.Vectors_.Vectors[QdrantRequests.LexicalVector].Sparse;

        Assert.Equal(sparse.Indices.Count, sparse.Values.Count);
        Assert.Equal(sparse.Indices.Order().Distinct(), sparse.Indices);
        Assert.All(sparse.Values, v => Assert.True(v > 0 && float.IsFinite(v)));
        if (title.Length + body.Length == 0)
        {
            Assert.Empty(sparse.Indices);
        }
    }

    [Fact]
    public void InitialPhysicalName_SameAliasTwice_SameName()
    {
        Assert.Equal("moitbot-initial", QdrantRequests.InitialPhysicalName("moitbot"));
        Assert.Equal(QdrantRequests.InitialPhysicalName("moitbot"), QdrantRequests.InitialPhysicalName("moitbot"));
    }

    [Fact]
    public void SwitchAlias_ExistingAlias_DeleteAndCreateInOneRequest()
    {
        var operations = QdrantRequests.SwitchAlias("moitbot", "moitbot-20261127120000000", aliasExists: true);

        Assert.Equal(2, operations.Count);
        Assert.Equal("moitbot", operations[0].DeleteAlias.AliasName);
        Assert.Equal("moitbot", operations[1].CreateAlias.AliasName);
        Assert.Equal("moitbot-20261127120000000", operations[1].CreateAlias.CollectionName);
    }

    [Fact]
    public void SwitchAlias_FirstCollection_OnlyCreates()
    {
        var operation = Assert.Single(QdrantRequests.SwitchAlias("moitbot", "moitbot-1", aliasExists: false));
        Assert.Equal(AliasOperations.ActionOneofCase.CreateAlias, operation.ActionCase);
    }

    [Fact]
    public void PhysicalName_UtcTimestamp_SortableAndPrefixedByAlias()
    {
        var name = QdrantRequests.PhysicalName("moitbot", new DateTimeOffset(2026, 11, 27, 19, 5, 3, 42, TimeSpan.FromHours(7)));
        Assert.Equal("moitbot-20261127120503042", name);
    }

    private static float[] Vector() => Enumerable.Range(0, 8).Select(i => i / 8f).ToArray();

    private static IndexDocument Document(string id, string hash = "h") => new(
        id,
        TextAnalyzer.Analyze("Giấy phép bán lẻ rượu"),
        TextAnalyzer.Analyze("Hồ sơ gồm đơn đề nghị cấp giấy phép"),
        Vector(),
        "ruou",
        EntryStatus.Approved,
        ["105/2017/nd-cp", "105/2017"],
        hash,
        null);
}
