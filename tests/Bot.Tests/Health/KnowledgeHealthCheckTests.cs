using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Health;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Tests.Health;

public sealed class KnowledgeHealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_QdrantUnreachable_HostStartsDegradedAndQuestionsAreRecordedForEscalation()
    {
        await using var baseFactory = new BotFactory();
        await using var factory = baseFactory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in ClosedPort.UnreachableQdrantSettings())
            {
                b.UseSetting(key, value);
            }
        });
        var client = factory.CreateClient();

        var health = await client.GetAsync("/healthz", Ct);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", json.RootElement.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());

        var response = await client.PostAsJsonAsync("/api/ask", new { question = "giay phep ban le ruou can ho so gi" }, Ct);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(answer.RootElement.GetProperty("escalate").GetBoolean());
        Assert.StartsWith("Hệ thống tra cứu đang tạm gián đoạn", answer.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_DatabaseUnreadable_Unhealthy()
    {
        var directory = Path.Combine(Path.GetTempPath(), "moitbot-health-tests", Guid.NewGuid().ToString("N"));
        var store = new KnowledgeStore(new SqliteDatabase($"Data Source={Path.Combine(directory, "missing", "bank.db")};Mode=ReadOnly"), TimeProvider.System);
        using var index = new EmbeddedKnowledgeIndex(Options.Create(new RetrievalOptions()));

        try
        {
            var result = await new KnowledgeHealthCheck(store, index).CheckHealthAsync(new HealthCheckContext(), Ct);
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
