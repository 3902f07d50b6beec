using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Editor;

/// <summary>
/// After the bank is ready (registered after KnowledgeStartupService, so it starts after it):
/// registers the documents the bank cites and loads which of them are no longer in force.
/// </summary>
public sealed partial class EditorialStartupService(LegalDocumentRegistry registry, ILogger<EditorialStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await registry.ImportFromBankAsync(DraftSuggestions.SystemActor, cancellationToken);
        await registry.LoadValidityAsync(cancellationToken);
        LogReady(logger, added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Editorial ready: {AddedDocuments} cited documents added to the registry")]
    private static partial void LogReady(ILogger logger, int addedDocuments);
}
