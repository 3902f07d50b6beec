using Microsoft.Extensions.Diagnostics.HealthChecks;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Health;

/// <summary>
/// Unhealthy when the database fails (nothing works without the bank); Degraded when the index
/// is unreachable or empty (questions are still taken and escalated); Healthy otherwise.
/// </summary>
public sealed class KnowledgeHealthCheck(KnowledgeStore store, IKnowledgeIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int stored;
        try
        {
            stored = await store.CountAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Knowledge bank unavailable.", ex);
        }

        long indexed;
        try
        {
            indexed = await index.CountAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("The search index is unreachable; questions are recorded and escalated.", ex, new Dictionary<string, object> { ["entries"] = stored });
        }

        var data = new Dictionary<string, object> { ["entries"] = stored, ["indexed"] = indexed };
        return indexed == 0 && stored > 0
            ? HealthCheckResult.Degraded("The index is empty while the bank has entries.", data: data)
            : HealthCheckResult.Healthy("Knowledge bank and index available.", data);
    }
}
