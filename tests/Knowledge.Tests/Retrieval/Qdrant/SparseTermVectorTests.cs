using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

public sealed class SparseTermVectorTests
{
    private static readonly RetrievalOptions Retrieval = new();

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void TermId_ReferenceVectors_Fnv1a32(string value, uint expected) => Assert.Equal(expected, SparseTermVector.TermId(value));

    [Fact]
    public void ForDocument_SameTermInTitle_WeighsMoreThanInBody()
    {
        var inTitle = Document(title: "giấy phép", body: "hồ sơ");
        var inBody = Document(title: "hồ sơ", body: "giấy phép");
        var id = SparseTermVector.TermId("giay");

        Assert.True(Weight(SparseTermVector.ForDocument(inTitle, Retrieval, 10), id) > Weight(SparseTermVector.ForDocument(inBody, Retrieval, 10), id));
    }

    [Fact]
    public void ForDocument_RepeatedTerm_SaturatesBelowK1PlusOne()
    {
        var once = Weight(SparseTermVector.ForDocument(Document("x", "rượu"), Retrieval, 10), SparseTermVector.TermId("ruou"));
        var often = Weight(SparseTermVector.ForDocument(Document("x", string.Join(' ', Enumerable.Repeat("rượu", 50))), Retrieval, 10), SparseTermVector.TermId("ruou"));
        Assert.True(often > once);
        Assert.True(often < Retrieval.K1 + 1);
    }

    [Fact]
    public void ForQuery_BigramAndDocumentNumber_TakeTheirConfiguredWeights()
    {
        var retrieval = new RetrievalOptions { BigramWeight = 1.5, DocumentNumberWeight = 3 };
        var terms = TextAnalyzer.Analyze("giấy phép 105/2017/NĐ-CP");
        var (values, indices) = SparseTermVector.ForQuery(terms, retrieval);

        var bigram = terms.First(t => t.Kind == TermKind.Bigram);
        var number = terms.First(t => t.Kind == TermKind.DocumentNumber);
        Assert.Equal(1.5f, values[Array.IndexOf(indices, SparseTermVector.TermId(bigram.Value))]);
        Assert.Equal(3f, values[Array.IndexOf(indices, SparseTermVector.TermId(number.Value))], 3);
        Assert.Equal(indices.Order(), indices);
        Assert.Equal(indices.Length, indices.Distinct().Count());
    }

    /// <summary>
    /// What Qdrant computes for a sparse query with the IDF modifier (sum of query weight x IDF x
    /// stored weight) over our vectors equals the embedded BM25F score when the average length
    /// matches: lexical matching is the same in both indexes.
    /// </summary>
    [Theory]
    [InlineData("giấy phép bán lẻ rượu")]
    [InlineData("thoi han giay phep ruou")]
    [InlineData("hành lang bảo vệ an toàn lưới điện")]
    [InlineData("nghị định 83/2014 xăng dầu")]
    [InlineData("chợ hạng 3 ở xã")]
    public async Task ForDocumentAndQuery_QdrantIdfScoring_EqualsEmbeddedBm25F(string question)
    {
        var embedder = new HashingEmbeddingGenerator();
        var documents = TestBank.SampleEntries().Select(e => KnowledgeBank.ToDocument(e, embedder.Embed(KnowledgeBank.EmbeddingText(e)))).ToList();
        var embedded = new EmbeddedKnowledgeIndex(Options.Create(Retrieval));
        await embedded.UpsertAsync(documents, TestContext.Current.CancellationToken);
        var filter = new SearchFilter { Statuses = [EntryStatus.Draft, EntryStatus.Approved] };
        var terms = TextAnalyzer.Analyze(question);
        var expected = await embedded.SearchAsync(new SearchRequest(terms, null, filter, 10, SearchMode.Lexical), TestContext.Current.CancellationToken);

        var averageLength = documents.Average(d => (d.TitleTerms.Count * Retrieval.TitleWeight) + d.BodyTerms.Count);
        var stored = documents.ToDictionary(d => d.EntryId, d => SparseTermVector.ForDocument(d, Retrieval, averageLength));
        var actual = QdrantIdfScores(SparseTermVector.ForQuery(terms, Retrieval), stored.Values.ToList())
            .Zip(stored.Keys, (score, id) => (Id: id, Score: score))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();

        Assert.Equal(expected.Select(h => h.EntryId), actual.Select(x => x.Id));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.LexicalScore!.Value, pair.Second.Score, 4));
    }

    /// <summary>Qdrant's IDF modifier: idf = ln(1 + (N - n + 0.5) / (n + 0.5)) over the collection.</summary>
    private static List<double> QdrantIdfScores((float[] Values, uint[] Indices) query, List<(float[] Values, uint[] Indices)> points)
    {
        var n = points.Count;
        return points.Select(point => query.Indices.Select((id, i) =>
        {
            var position = Array.IndexOf(point.Indices, id);
            if (position < 0)
            {
                return 0.0;
            }

            var df = points.Count(p => p.Indices.Contains(id));
            return query.Values[i] * Math.Log(1 + ((n - df + 0.5) / (df + 0.5))) * point.Values[position];
        }).Sum()).ToList();
    }

    private static IndexDocument Document(string title, string body) =>
        new("e", TextAnalyzer.Analyze(title), TextAnalyzer.Analyze(body), [1f], "ruou", EntryStatus.Approved, [], "h", null);

    private static float Weight((float[] Values, uint[] Indices) vector, uint id) => vector.Values[Array.IndexOf(vector.Indices, id)];
}
