using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Retrieval.Qdrant;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

public sealed class QdrantOptionsTests
{
    [Theory]
    [InlineData("http://qdrant:6333")]
    [InlineData("https://qdrant.example.org:6333")]
    [InlineData("http://qdrant")]
    public async Task AddKnowledge_UrlNotOnTheGrpcPort_FailsValidationWithClearMessage(string url)
    {
        await using var services = Services(url);

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<QdrantOptions>>().Value);

        Assert.Contains("gRPC port", ex.Message, StringComparison.Ordinal);
        Assert.Contains("http://qdrant:6334", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://qdrant:6334")]
    [InlineData("http://localhost:16334")]
    [InlineData("https://xyz.cloud.example.org:6334")]
    [InlineData("https://qdrant.example.org")]
    public async Task AddKnowledge_GrpcUrl_Accepted(string url)
    {
        await using var services = Services(url);

        Assert.Equal(new Uri(url), services.GetRequiredService<IOptions<QdrantOptions>>().Value.Url);
    }

    [Fact]
    public async Task AddKnowledge_RestPortButEmbeddedIndex_NotChecked()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Qdrant:Url"] = "http://qdrant:6333" }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddKnowledge(configuration).BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<IOptions<QdrantOptions>>().Value);
    }

    private static ServiceProvider Services(string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:Index"] = "Qdrant",
            ["Qdrant:Url"] = url,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddKnowledge(configuration).BuildServiceProvider();
    }
}
