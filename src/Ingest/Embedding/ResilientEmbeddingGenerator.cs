using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using MoitBot.Ingest.Pipeline;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MoitBot.Ingest.Embedding;

/// <summary>
/// Wraps the configured embedder with retries (exponential back-off, jitter) and a per-attempt
/// timeout, so a remote endpoint's throttling or a dropped connection does not fail a source.
/// </summary>
public sealed partial class ResilientEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ResiliencePipeline _pipeline;

    public ResilientEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, IngestOptions options, ILogger logger, TimeProvider timeProvider)
        : base(inner)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.EmbeddingRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.EmbeddingRetryDelay,
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .Handle<ClientResultException>(e => e.Status is 0 or 408 or 429 or >= 500),
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.EmbeddingTimeout)
            .Build();
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values as IReadOnlyList<string> ?? values.ToList();
        return await _pipeline.ExecuteAsync(
            async token => await base.GenerateAsync(batch, options, token),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding request failed; retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, int attempt, TimeSpan delay, Exception? exception);
}
