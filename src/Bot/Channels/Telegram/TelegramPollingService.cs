using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Long polling (Telegram:Mode = Polling): getUpdates with a timeout, each update recorded and
/// queued before its offset is confirmed, so nothing received is lost if the process stops.
/// </summary>
public sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateInbox queue,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, TelegramStartupService.Wanted, stoppingToken);
                failures = 0;
                foreach (var update in updates)
                {
                    await queue.AcceptAsync(update, wait: true, stoppingToken);
                    offset = update.Id + 1;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var delay = e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } after }
                    ? TimeSpan.FromSeconds(after)
                    : TimeSpan.FromMilliseconds(Math.Min(500 * Math.Pow(2, failures - 1), 30_000));
                LogPollFailed(logger, e, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates failed; retrying in {DelayMilliseconds} ms")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, double delayMilliseconds);
}
