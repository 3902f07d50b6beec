using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// Looks every minute (TimeProvider) for reminders and digests that are due and hands them to the
/// durable outbox; what was scheduled is recorded in the "teams" schema so a restart does not resend.
/// </summary>
public sealed partial class TeamsReminderService(
    EscalationService escalation,
    WorkingCalendar calendar,
    ChannelResolver resolver,
    MinistryCatalog catalog,
    TeamsStore store,
    OutboxStore outbox,
    IOptionsMonitor<TeamsEscalationOptions> options,
    TimeProvider timeProvider,
    ILogger<TeamsReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogScanFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.CurrentValue.ReminderScanInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: returns how many reminders and digests were scheduled.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = timeProvider.GetUtcNow();
        var open = await escalation.ListOpenAsync(null, cancellationToken);
        var sent = await store.SentKeysAsync("reminder:", cancellationToken);
        var scheduled = 0;
        foreach (var reminder in ReminderPlanner.DueReminders(open, now, settings.ReminderBefore, sent))
        {
            await outbox.EnqueueAsync(TeamsOutboxKinds.Reminder, reminder.Key, new TeamsReminder(reminder.TicketId, reminder.Kind, reminder.DeadlineAt), cancellationToken);
            await store.MarkSentAsync(reminder.Key, cancellationToken);
            scheduled++;
        }

        var local = calendar.ToLocal(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        if (!settings.DigestEnabled || !ReminderPlanner.DigestDue(local, settings.DigestAt, calendar.IsWorkingDay(today)))
        {
            return scheduled;
        }

        var channels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in catalog.Departments)
        {
            var channel = await resolver.ResolveAsync(department.Code, cancellationToken);
            if (channel is null || !channels.Add(channel.ChannelId))
            {
                continue;
            }

            var key = ReminderPlanner.DigestKey(channel.ChannelId, today);
            if (await store.WasSentAsync(key, cancellationToken))
            {
                continue;
            }

            await outbox.EnqueueAsync(TeamsOutboxKinds.Digest, key, new TeamsDigest(channel.ChannelId, today), cancellationToken);
            await store.MarkSentAsync(key, cancellationToken);
            scheduled++;
        }

        return scheduled;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams reminder scan failed")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
