using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>Qdrant__Url / Qdrant__ApiKey and the knobs of the Qdrant index (Knowledge__Index=Qdrant).</summary>
public sealed class QdrantOptions
{
    public const string Section = "Qdrant";

    /// <summary>gRPC endpoint, e.g. http://qdrant:6334. Required when Knowledge:Index is Qdrant.</summary>
    public Uri? Url { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>
    /// The alias searched and written. Physical collections are "&lt;alias&gt;-initial" (created by the
    /// first write) and "&lt;alias&gt;-&lt;utc timestamp&gt;" (created by each re-index).
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,40}$")]
    public string Collection { get; set; } = "moitbot";

    /// <summary>Deadline of one gRPC call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a call that failed with Unavailable, DeadlineExceeded or ResourceExhausted.</summary>
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

    /// <summary>Message for start-up validation when the URL points at the REST port or at port 80.</summary>
    internal const string GrpcPortRequired = "Qdrant:Url must name Qdrant's gRPC port, e.g. http://qdrant:6334: 6333 is the REST API, which this client cannot speak, and an http URL without a port means port 80.";

    /// <summary>Qdrant's REST port; the .NET client only speaks gRPC (6334 by default).</summary>
    internal const int RestPort = 6333;

    internal bool HasUsableUrl => Url is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>False for the two likely mistakes: the REST port, or a plain http URL without a port (port 80).</summary>
    internal bool NamesGrpcPort => !HasUsableUrl || (Url!.Port != RestPort && !(Url.Scheme == Uri.UriSchemeHttp && Url.IsDefaultPort));
}
