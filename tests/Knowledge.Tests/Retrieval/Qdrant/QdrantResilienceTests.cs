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
    [InlineData(StatusCode.ResourceExhausted)]
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

    [Theory]
    [InlineData(StatusCode.Unauthenticated)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Unimplemented)]
    public async Task RunAsync_PermanentFailure_NoRetryButIndexUnavailable(StatusCode code)
    {
        var calls = 0;
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => resilience.RunAsync<int>("query", _ =>
        {
            calls++;
            throw new RpcException(new Status(code, "bad api key"));
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, calls);
        Assert.Contains("bad api key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CallerCancelled_OperationCanceledNotGrpcError()
    {
        using var cancelled = new CancellationTokenSource();
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => resilience.RunAsync<int>("query", _ =>
        {
            cancelled.Cancel();
            throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
        }, cancelled.Token));
    }

    [Fact]
    public async Task RunAsync_CancelledByTheServerSide_IndexUnavailableSoTheQuestionIsRecorded()
    {
        var resilience = new QdrantResilience(Options, TimeProvider.System, NullLogger.Instance);

        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => resilience.RunAsync<int>("query", _ =>
            throw new RpcException(new Status(StatusCode.Cancelled, "stream reset")), TestContext.Current.CancellationToken));

        Assert.Contains("Cancelled", ex.Message, StringComparison.Ordinal);
    }
}
