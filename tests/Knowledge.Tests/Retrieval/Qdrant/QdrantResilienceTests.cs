using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

public sealed class QdrantResilienceTests
{
    private static readonly QdrantOptions Options = new() { RetryAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(1) };

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task RunAsync_TransientFailure_RetriesThenThrowsIndexUnavailable(StatusCode code)
    {
        var calls = 0;
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => resilience.RunAsync<int>("query", _ =>
        {
            calls++;
            throw new RpcException(new Status(code, "down"));
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1 + Options.RetryAttempts, calls);
        Assert.Contains("unreachable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TransientThenSuccess_ReturnsResult()
    {
        var calls = 0;
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        var result = await resilience.RunAsync("count", _ => ++calls < 3 ? throw new RpcException(new Status(StatusCode.Unavailable, "starting")) : Task.FromResult(42), TestContext.Current.CancellationToken);

        Assert.Equal(42, result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task RunAsync_PermanentFailure_NoRetryButIndexUnavailable()
    {
        var calls = 0;
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => resilience.RunAsync<int>("query", _ =>
        {
            calls++;
            throw new RpcException(new Status(StatusCode.Unauthenticated, "bad api key"));
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, calls);
        Assert.Contains("bad api key", ex.Message, StringComparison.Ordinal);
    }
}
