using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>Qdrant__Url / Qdrant__ApiKey and the knobs of the Qdrant index (Knowledge__Index=Qdrant).</summary>
public sealed class QdrantOptions
{
    public const string Section = "Qdrant";

    /// <summary>gRPC endpoint, e.g. http://qdrant:6334. Required when Knowledge:Index is Qdrant.</summary>
    public Uri? Url { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The alias searched and written; physical collections are "&lt;alias&gt;-&lt;utc timestamp&gt;".</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,40}$")]
    public string Collection { get; set; } = "moitbot";

    /// <summary>Deadline of one gRPC call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a call that failed with Unavailable or DeadlineExceeded.</summary>
    [Range(1, 10)]
    public int RetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay; it doubles on each retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Points per upsert request.</summary>
    [Range(64, 256)]
    public int BatchSize { get; set; } = 128;

    /// <summary>
    /// Average analysed document length used for BM25 length normalisation of the stored sparse
    /// weights (Qdrant only applies IDF; tf saturation is computed here, like Qdrant's own bm25 model).
    /// </summary>
    [Range(1.0, 100_000.0)]
    public double AverageDocumentLength { get; set; } = 100;

    /// <summary>Message for start-up validation when the index is Qdrant but no URL is set.</summary>
    internal const string UrlRequired = "Qdrant:Url is required when Knowledge:Index is Qdrant (e.g. http://localhost:6334, the gRPC port).";

    internal bool HasUsableUrl => Url is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
