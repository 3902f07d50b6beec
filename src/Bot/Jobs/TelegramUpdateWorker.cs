using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Telegram;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// Answers queued Telegram updates, one reader per partition. Each update runs under its own
/// timeout; a failing update is logged, the user told, and the loop goes on.
/// </summary>
public sealed partial class TelegramUpdateWorker(
    TelegramUpdateInbox queue,
    TelegramUpdateRouter router,
    TelegramUpdateLog updateLog,
    TelegramBotIdentity identity,
    TelegramSender sender,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.Partitions).Select(p => ReadAsync(p, stoppingToken)));

    private async Task ReadAsync(int partition, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in queue.Reader(partition).ReadAllAsync(stoppingToken))
            {
                await HandleAsync(update, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; unhandled updates are queued again at the next start.
        }
    }

    private async Task HandleAsync(Update update, CancellationToken stoppingToken)
    {
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Channel"] = "telegram", ["ConversationId"] = chatId, ["UpdateId"] = update.Id });
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        turn.CancelAfter(options.Value.TurnTimeout);
        string outcome;
        try
        {
            await router.RouteAsync(update, turn.Token);
            outcome = "ok";
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            outcome = e is OperationCanceledException ? "timeout" : "failed";
            LogTurnFailed(logger, e, update.Id, outcome);
            await ApologiseAsync(chatId, stoppingToken);
        }

        try
        {
            await updateLog.MarkHandledAsync(identity.BotId, update.Id, outcome, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMarkFailed(logger, e, update.Id);
        }
    }

    private async Task ApologiseAsync(long? chatId, CancellationToken stoppingToken)
    {
        if (chatId is null)
        {
            return;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await sender.SendHtmlAsync(chatId.Value, BotTexts.TurnFailed, cancellationToken: timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogApologyFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram update {UpdateId} not answered ({Outcome})")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, int updateId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record Telegram update {UpdateId} as handled")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user that their message failed")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
