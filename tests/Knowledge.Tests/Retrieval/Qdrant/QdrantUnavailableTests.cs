using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

/// <summary>The real Qdrant client pointed at a closed local port: what happens when the server is down.</summary>
public sealed class QdrantUnavailableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAsync_ServerDown_ThrowsIndexUnavailableAfterRetries()
    {
        await using var test = await CreateAsync();
        var index = test.Get<IKnowledgeIndex>();
        Assert.IsType<QdrantKnowledgeIndex>(index);

        var request = new SearchRequest(MoitBot.Knowledge.Text.TextAnalyzer.Analyze("giấy phép bán lẻ rượu"), null, SearchFilter.ApprovedOnly);
        var ex = await Assert.ThrowsAsync<IndexUnavailableException>(() => index.SearchAsync(request, Ct));
        Assert.IsType<Grpc.Core.RpcException>(ex.InnerException);
        await Assert.ThrowsAsync<IndexUnavailableException>(() => index.CountAsync(Ct));
    }

    [Fact]
    public async Task AskAsync_ServerDown_AnswersRecordedForEscalationWithoutThrowing()
    {
        await using var test = await CreateAsync();
        await test.Bank.Store.SaveManyAsync(TestBank.SampleEntries(), "test", Ct);

        var answer = await test.Get<AnswerService>().AskAsync("giay phep ban le ruou can ho so gi", Ct);

        Assert.Equal(AnswerOutcome.IndexUnavailable, answer.Outcome);
        Assert.True(answer.Escalate);
        Assert.Equal("Hệ thống tra cứu đang tạm gián đoạn. Câu hỏi của bạn đã được ghi nhận và sẽ được trả lời sớm.", answer.Text);
        Assert.Empty(answer.Citations);
        Assert.NotNull(answer.Department);
    }

    [Fact]
    public async Task LoadIndexAsync_ServerDown_StartsWithoutTheIndex()
    {
        await using var test = await CreateAsync();
        await test.Bank.Store.SaveManyAsync(TestBank.SampleEntries(), "test", Ct);

        Assert.Equal(0, await test.Get<KnowledgeInitializer>().LoadIndexAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_ServerDown_EntryStillStoredInTheBank()
    {
        await using var test = await CreateAsync();
        var entry = TestBank.SampleEntries()[0];

        await Assert.ThrowsAsync<IndexUnavailableException>(() => test.Bank.SaveAsync(entry, "editor", Ct));

        var stored = await test.Bank.Store.GetAsync(entry.Id, Ct);
        Assert.Equal(entry.Body, stored?.Body);
    }

    [Fact]
    public async Task AddKnowledge_QdrantWithoutUrl_FailsValidationWithClearMessage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:Index"] = "Qdrant" }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddKnowledge(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<QdrantOptions>>().Value);
        Assert.Contains("Qdrant:Url is required", ex.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IKnowledgeIndex>());
    }

    private static Task<TestBank> CreateAsync() => TestBank.CreateAsync(settings: new()
    {
        ["Knowledge:Index"] = "Qdrant",
        ["Qdrant:Url"] = $"http://127.0.0.1:{ClosedPort()}",
        ["Qdrant:RetryAttempts"] = "1",
        ["Qdrant:RetryDelay"] = "00:00:00.010",
        ["Qdrant:Timeout"] = "00:00:05",
    });

    /// <summary>A port that was free a moment ago and has nothing listening on it.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
