using Microsoft.Extensions.Options;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// Every Knowledge:ConsistencyCheckInterval, compares the bank with the index and repairs drift
/// (writes that reached SQLite but not Qdrant, points of retired entries). One failed run is
/// logged and the next one tries again.
/// </summary>
public sealed partial class IndexConsistencyJob(
    IndexConsistencyChecker checker,
    IOptions<KnowledgeOptions> options,
    TimeProvider timeProvider,
    ILogger<IndexConsistencyJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ConsistencyCheckInterval;
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    internal async Task RunOnceAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        turn.CancelAfter(timeout);
        try
        {
            var report = await checker.CheckAsync(repair: true, turn.Token);
            LogChecked(logger, report.BankEntries, report.IndexedEntries, report.Missing + report.Stale + report.Orphaned);
        }
        catch (OperationCanceledException) when (turn.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            LogTimedOut(logger, timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Index consistency: {BankEntries} in the bank, {IndexedEntries} indexed, {Repaired} repaired")]
    private static partial void LogChecked(ILogger logger, int bankEntries, int indexedEntries, int repaired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index consistency check timed out after {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index consistency check failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
