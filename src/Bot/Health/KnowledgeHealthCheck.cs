using Microsoft.Extensions.Diagnostics.HealthChecks;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Health;

/// <summary>Healthy when the database answers and the index holds entries.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeStore store, IKnowledgeIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stored = await store.CountAsync(cancellationToken);
            var indexed = await index.CountAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["entries"] = stored, ["indexed"] = indexed };
            return indexed == 0 && stored > 0
                ? HealthCheckResult.Degraded("The index is empty while the bank has entries.", data: data)
                : HealthCheckResult.Healthy("Knowledge bank and index available.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Knowledge bank unavailable.", ex);
        }
    }
}
