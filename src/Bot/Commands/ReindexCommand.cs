using System.CommandLine;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;

namespace MoitBot.Bot.Commands;

/// <summary>`reindex`: rebuilds the Qdrant collection from the bank and switches the alias with no downtime.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the Qdrant index from the knowledge bank (zero downtime alias switch)");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build();

        if (!host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.UsesQdrant)
        {
            await Console.Error.WriteLineAsync("reindex needs Knowledge:Index=Qdrant (and Qdrant:Url); the embedded index is rebuilt at every start.");
            return 2;
        }

        try
        {
            await host.Services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
            var report = await host.Services.GetRequiredService<QdrantReindexer>().ReindexAsync(cancellationToken);
            Console.WriteLine($"Re-indexed {report.Points} entries into {report.Collection}; alias {report.Alias} switched"
                + (report.PreviousCollection is null ? "." : $" from {report.PreviousCollection} (dropped)."));
            return 0;
        }
        catch (Exception ex) when (ex is IndexUnavailableException or InvalidOperationException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"reindex failed: {ex.Message}");
            return 1;
        }
    }
}
