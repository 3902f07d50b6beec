using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace MoitBot.Bench.Retrieval;

/// <summary>
/// The peer: Lucene.Net 4.8 with BM25Similarity(k1 = 1.2, b = 0.75), one document per article,
/// one SHOULD clause per distinct query token boosted by its count, top k.
/// </summary>
internal sealed class LuceneSystem(string name, Func<Analyzer> analyzerFactory) : ISearchSystem
{
    private const string TextField = "text";
    private const string IdField = "id";

    private readonly Analyzer _analyzer = analyzerFactory();
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public string Name => name;

    public Task BuildAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var config = new IndexWriterConfig(LuceneAnalyzers.Version, _analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(new Document
                {
                    new StringField(IdField, article.Id, Field.Store.YES),
                    new TextField(TextField, article.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> SearchAsync(string question, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var searcher = _searcher ?? throw new InvalidOperationException("Build the index first.");
        var query = new BooleanQuery();
        foreach (var (token, count) in Tokens(question))
        {
            query.Add(new TermQuery(new Term(TextField, token)) { Boost = count }, Occur.SHOULD);
        }

        var hits = searcher.Search(query, top).ScoreDocs;
        IReadOnlyList<string> ids = hits.Select(h => searcher.Doc(h.Doc).Get(IdField, CultureInfo.InvariantCulture)).ToList();
        return Task.FromResult(ids);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private Dictionary<string, int> Tokens(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        stream.End();
        return counts;
    }
}
