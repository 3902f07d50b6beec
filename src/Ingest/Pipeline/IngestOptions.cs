using System.ComponentModel.DataAnnotations;

namespace MoitBot.Ingest.Pipeline;

/// <summary>Ingest:* settings.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Whole sources are committed together until a transaction holds about this many entries.</summary>
    [Range(1, 1_000_000)]
    public int BatchEntries { get; set; } = 512;

    /// <summary>Larger files are rejected without being read (they are read whole into memory).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Retries of a failed embedding request (remote endpoint), with exponential back-off and jitter.</summary>
    [Range(1, 20)]
    public int EmbeddingRetries { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan EmbeddingRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one embedding request attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan EmbeddingTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
