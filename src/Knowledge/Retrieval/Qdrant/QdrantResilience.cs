using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>
/// Runs Qdrant calls with a few exponential back-off retries on Unavailable / DeadlineExceeded /
/// ResourceExhausted, then turns any failure into <see cref="IndexUnavailableException"/> so
/// callers can degrade. A call cancelled by the caller's token surfaces as
/// <see cref="OperationCanceledException"/>, not as a gRPC error.
/// </summary>
internal sealed partial class QdrantResilience
{
    private readonly ResiliencePipeline _pipeline;

    public QdrantResilience(QdrantOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(IsTransient),
                MaxRetryAttempts = options.RetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, (args.Outcome.Exception as RpcException)?.StatusCode.ToString() ?? "unknown");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// Worth another try: the server is down or restarting (Unavailable), too slow this time
    /// (DeadlineExceeded, also Qdrant's own timeout) or rate-limited by strict mode (Qdrant maps
    /// RateLimitExceeded to ResourceExhausted).
    /// </summary>
    public static bool IsTransient(RpcException exception) =>
        exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted;

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"Qdrant {operation} was cancelled.", ex, cancellationToken);
        }
        catch (RpcException ex) when (IsTransient(ex))
        {
            throw new IndexUnavailableException($"Qdrant is unreachable ({operation}: {ex.StatusCode}).", ex);
        }
        catch (RpcException ex)
        {
            // Not worth retrying (wrong API key, missing collection, rejected request, a stream the
            // server cancelled), but the index still cannot serve: callers degrade the same way,
            // operators read the detail.
            throw new IndexUnavailableException($"Qdrant rejected {operation}: {ex.StatusCode} {ex.Status.Detail}", ex);
        }
    }

    public async Task RunAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RunAsync(operation, async token =>
        {
            await call(token);
            return true;
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qdrant call failed ({StatusCode}); retry {Attempt} in {DelayMilliseconds} ms")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMilliseconds, string statusCode);
}
