using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;

namespace MoitBot.Ingest.Cli;

/// <summary>`ingest --reindex`: builds a new Qdrant collection from the bank and switches the alias in one call.</summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var provider = IngestCommand.BuildServices(IngestConfiguration.Build());
        if (!provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.UsesQdrant)
        {
            await Console.Error.WriteLineAsync("--reindex needs Knowledge:Index=Qdrant (and Qdrant:Url); the embedded index is rebuilt by the bot at every start.");
            return IngestCommand.SomeFailed;
        }

        try
        {
            await provider.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
            var report = await provider.GetRequiredService<QdrantReindexer>().ReindexAsync(cancellationToken);
            Console.WriteLine($"Re-indexed {report.Points} entries into {report.Collection}; alias {report.Alias} switched"
                + (report.PreviousCollection is null ? "." : $" from {report.PreviousCollection} (dropped)."));
            return IngestCommand.Ok;
        }
        catch (Exception ex) when (ex is IndexUnavailableException or InvalidOperationException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"--reindex failed: {ex.Message}");
            return IngestCommand.CouldNotRun;
        }
    }
}
