using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// At start-up (after the schema is migrated), asks again for the update of every draft card whose entry has moved on and whose update the outbox lacks.
/// The bank enqueues that update right after saving a version; a crash between the two would otherwise leave the card
/// showing live buttons for ever. The idempotency key is the bank's own, so an update already queued or sent is not repeated.
/// </summary>
public sealed partial class DraftCardReconciler(DraftCardStore cards, OutboxStore outbox, IOptions<EditorialOptions> options, ILogger<DraftCardReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.TeamsDraftCards)
        {
            return;
        }

        try
        {
            var added = 0;
            foreach (var (entryId, version) in await cards.FindOutdatedAsync(OutboxKinds.TeamsDraftCardUpdated, cancellationToken))
            {
                if (await outbox.EnqueueAsync(OutboxKinds.TeamsDraftCardUpdated, $"{OutboxKinds.TeamsDraftCardUpdated}:{entryId}:v{version}", new DraftNotice(entryId, version), cancellationToken))
                {
                    added++;
                }
            }

            if (added > 0)
            {
                LogRequeued(logger, added);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The host still starts: the cards stay as they are until the next start or the next change of their entries.
            LogFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} draft card update(s) were missing from the outbox (a crash after saving an entry?) and were queued again")]
    private static partial void LogRequeued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not check the editors' draft cards for missing updates at start-up")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
