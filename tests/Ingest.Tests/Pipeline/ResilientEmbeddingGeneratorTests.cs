using Microsoft.Extensions.Logging.Abstractions;
using MoitBot.Ingest.Embedding;
using MoitBot.Ingest.Pipeline;
using MoitBot.Knowledge.Embeddings;

namespace MoitBot.Ingest.Tests.Pipeline;

public sealed class ResilientEmbeddingGeneratorTests
{
    private static readonly IngestOptions FastRetries = new() { EmbeddingRetries = 3, EmbeddingRetryDelay = TimeSpan.FromMilliseconds(1) };

    [Fact]
    public async Task GenerateAsync_EndpointFailsTwice_RetriesAndReturnsEmbeddings()
    {
        var flaky = new CountingEmbeddingGenerator(new HashingEmbeddingGenerator(64), failFirstCalls: 2);
        using var resilient = new ResilientEmbeddingGenerator(flaky, FastRetries, NullLogger.Instance, TimeProvider.System);

        var embeddings = await resilient.GenerateAsync(["giấy phép bán lẻ rượu", "cửa hàng xăng dầu"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, embeddings.Count);
        Assert.Equal(3, flaky.Calls);
    }

    [Fact]
    public async Task GenerateAsync_EndpointKeepsFailing_ThrowsAfterTheLastRetry()
    {
        var broken = new CountingEmbeddingGenerator(new HashingEmbeddingGenerator(64), failFirstCalls: 100);
        using var resilient = new ResilientEmbeddingGenerator(broken, FastRetries, NullLogger.Instance, TimeProvider.System);

        await Assert.ThrowsAsync<HttpRequestException>(() => resilient.GenerateAsync(["x"], cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(4, broken.Calls);
    }
}
