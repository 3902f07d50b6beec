using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// Sends outbox messages through the handler registered for their kind. A message whose kind
/// has no handler in this process stays pending (nothing is dropped); a failed send is retried
/// with exponential back-off. One failing message never stops the loop.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore outbox,
    IEnumerable<IOutboxHandler> handlers,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogLoopFailed(logger, ex);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass over due messages; returns how many were sent.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var due = await outbox.ClaimDueAsync(_handlers.Keys, settings.BatchSize, cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.SendTimeout);
            try
            {
                await _handlers[message.Kind].HandleAsync(message, timeout.Token);
                await outbox.MarkSentAsync(message.Id, cancellationToken);
                sent++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(settings.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(message.Attempts, 20))));
                var reason = ex is OperationCanceledException ? "timed out" : ex.Message;
                await outbox.MarkFailedAsync(message.Id, $"{ex.GetType().Name}: {reason}", delay, settings.MaxAttempts, cancellationToken);
                LogSendFailed(logger, ex, message.Kind, message.Id, message.Attempts + 1);
            }
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Kind} #{MessageId} failed (attempt {Attempt}); will retry")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string kind, long messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch pass failed")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
