using System.Security.Cryptography;
using System.Text;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>
/// Every request the Qdrant index sends, built by pure functions so tests can inspect them
/// without a server. The index only executes what these return.
/// </summary>
public static class QdrantRequests
{
    public const string DenseVector = "dense";
    public const string LexicalVector = "lexical";
    public const string EntryIdKey = "entry_id";
    public const string StatusKey = "status";
    public const string FieldKey = "field";
    public const string DocumentKeysKey = "document_keys";
    public const string ContentHashKey = "content_hash";
    public const string SourceIdKey = "source_id";

    /// <summary>Keyword payload indexes created with every collection: the filtered fields and the operators' source id.</summary>
    public static IReadOnlyList<string> KeywordIndexes { get; } = [StatusKey, FieldKey, DocumentKeysKey, SourceIdKey, EntryIdKey];

    public static CreateCollection CreateCollection(string physicalName, int dimensions) => new()
    {
        CollectionName = physicalName,
        VectorsConfig = new VectorsConfig
        {
            ParamsMap = new VectorParamsMap { Map = { [DenseVector] = new VectorParams { Size = (ulong)dimensions, Distance = Distance.Cosine } } },
        },
        SparseVectorsConfig = new SparseVectorConfig { Map = { [LexicalVector] = new SparseVectorParams { Modifier = Modifier.Idf } } },
    };

    /// <summary>The point of an entry: a UUID derived from the entry id, so upserting an entry replaces its point.</summary>
    public static Guid PointId(string entryId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"moitbot-entry:{entryId}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8 (custom)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static PointStruct Point(IndexDocument document, RetrievalOptions retrieval, double averageLength)
    {
        var point = new PointStruct
        {
            Id = PointId(document.EntryId),
            Vectors = new Dictionary<string, Vector>
            {
                [DenseVector] = document.Vector,
                [LexicalVector] = SparseTermVector.ForDocument(document, retrieval, averageLength),
            },
        };
        point.Payload[EntryIdKey] = document.EntryId;
        point.Payload[StatusKey] = StatusValue(document.Status);
        point.Payload[FieldKey] = document.Field.ToLowerInvariant();
        point.Payload[DocumentKeysKey] = document.DocumentKeys.ToArray();
        point.Payload[ContentHashKey] = document.ContentHash;
        if (document.SourceId is not null)
        {
            point.Payload[SourceIdKey] = document.SourceId;
        }

        return point;
    }

    /// <summary>Upserts in batches of <paramref name="batchSize"/> points, waiting for each to be applied.</summary>
    public static IEnumerable<UpsertPoints> Upserts(string collection, IReadOnlyList<IndexDocument> documents, int batchSize, RetrievalOptions retrieval, double averageLength) =>
        documents
            .GroupBy(d => d.EntryId, StringComparer.Ordinal).Select(g => g.Last()) // one point per entry in a request
            .Chunk(batchSize)
            .Select(batch =>
            {
                var upsert = new UpsertPoints { CollectionName = collection, Wait = true };
                upsert.Points.AddRange(batch.Select(d => Point(d, retrieval, averageLength)));
                return upsert;
            });

    public static Filter Filter(SearchFilter filter)
    {
        var result = new Filter();
        result.Must.Add(Match(StatusKey, filter.Statuses.Select(StatusValue).ToList()));
        if (filter.Fields is { Count: > 0 } fields)
        {
            result.Must.Add(Match(FieldKey, fields.Select(f => f.ToLowerInvariant()).ToList()));
        }

        if (filter.DocumentKey is { } key)
        {
            result.Must.Add(MatchKeyword(DocumentKeysKey, key));
        }

        return result;
    }

    /// <summary>
    /// Lexical = the sparse vector alone, Dense = the dense vector alone, Hybrid = both as
    /// prefetches fused by weighted RRF. Null when there is nothing to search with, or nothing to
    /// return (Qdrant rejects a limit of 0, and a negative top must not become a huge unsigned limit).
    /// </summary>
    public static QueryPoints? Query(string collection, SearchRequest request, RetrievalOptions retrieval)
    {
        if (request.Top <= 0)
        {
            return null;
        }

        var filter = Filter(request.Filter);
        var pool = (ulong)Math.Max(retrieval.CandidatePool, request.Top);
        var lexical = request.Mode is SearchMode.Dense ? default : SparseTermVector.ForQuery(request.Terms, retrieval);
        var useLexical = lexical.Indices is { Length: > 0 };
        var useDense = request.Mode is not SearchMode.Lexical && request.Vector is { Length: > 0 };
        var query = new QueryPoints
        {
            CollectionName = collection,
            Filter = filter,
            Limit = (ulong)request.Top,
            WithPayload = new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { EntryIdKey } } },
        };

        if (useLexical && useDense)
        {
            query.Prefetch.Add(new PrefetchQuery { Query = lexical, Using = LexicalVector, Filter = filter, Limit = pool });
            query.Prefetch.Add(new PrefetchQuery { Query = request.Vector!, Using = DenseVector, Filter = filter, Limit = pool });
            query.Query = new Rrf { K = (uint)retrieval.FusionK, Weights = { (float)retrieval.LexicalWeight, (float)retrieval.DenseWeight } };
            return query;
        }

        if (useLexical)
        {
            query.Query = lexical;
            query.Using = LexicalVector;
            return query;
        }

        if (useDense)
        {
            query.Query = request.Vector!;
            query.Using = DenseVector;
            return query;
        }

        return null;
    }

    /// <summary>Switches the alias to the new physical collection in one request, so searches never see a gap.</summary>
    public static IReadOnlyList<AliasOperations> SwitchAlias(string alias, string newCollection, bool aliasExists)
    {
        var operations = new List<AliasOperations>();
        if (aliasExists)
        {
            operations.Add(new AliasOperations { DeleteAlias = new DeleteAlias { AliasName = alias } });
        }

        operations.Add(new AliasOperations { CreateAlias = new CreateAlias { AliasName = alias, CollectionName = newCollection } });
        return operations;
    }

    /// <summary>The physical collection of each re-index: sortable, one per run.</summary>
    public static string PhysicalName(string alias, DateTimeOffset now) => $"{alias}-{now.UtcDateTime:yyyyMMddHHmmssfff}";

    /// <summary>
    /// The physical collection the first write creates. Fixed, so that instances starting together
    /// on an empty server all create (or find) the same collection: creating an existing collection
    /// fails, whereas CreateAlias silently re-points an existing alias.
    /// </summary>
    public static string InitialPhysicalName(string alias) => $"{alias}-initial";

    public static string StatusValue(Bank.EntryStatus status) => status.ToString().ToLowerInvariant();
}
