using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Desk;

namespace MoitBot.Bot.Channels.Teams.Hosting;

/// <summary>Processes queued Teams activities one by one, each with a time limit; one failure never stops the loop.</summary>
public sealed partial class ActivityWorker(ActivityInbox queue, TeamsBot bot, IOptions<TeamsOptions> options, ILogger<ActivityWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var activity in queue.ReadAllAsync(stoppingToken))
            {
                using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                turn.CancelAfter(options.Value.TurnTimeout);
                try
                {
                    await bot.OnActivityAsync(activity, turn.Token);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogTurnFailed(logger, ex, activity.Type, activity.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams activity {ActivityType} {ActivityId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId);
}
