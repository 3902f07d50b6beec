using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Before updates flow: learn the bot's @username, register the Vietnamese command menu, set or
/// clear the webhook, and queue again any update received but not handled before a restart.
/// Telegram being unreachable here is logged, never fatal: polling keeps retrying on its own.
/// </summary>
public sealed partial class TelegramStartupService(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    TelegramUpdateLog updateLog,
    TelegramUpdateInbox queue,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartupService> logger) : IHostedService
{
    public static readonly BotCommand[] Menu =
    [
        new() { Command = "linhvuc", Description = "Các lĩnh vực và câu hỏi thường gặp" },
        new() { Command = "phancap", Description = "Sổ tay phân cấp: xã, tỉnh, Bộ làm gì" },
        new() { Command = "cauhoi", Description = "Câu hỏi của tôi và trạng thái" },
        new() { Command = "dangky", Description = "Đăng ký cán bộ để hỏi cán bộ Bộ" },
        new() { Command = "mamoi", Description = "Nhập mã mời của Sở Công Thương" },
        new() { Command = "huongdan", Description = "Hướng dẫn sử dụng" },
    ];

    /// <summary>The update types the router handles; asked for both by the webhook registration and by polling.</summary>
    internal static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await updateLog.PruneAsync(TimeSpan.FromDays(2), cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            var me = await bot.GetMe(timeout.Token);
            identity.Username = me.Username;
            await bot.SetMyCommands(Menu, cancellationToken: timeout.Token);
            if (settings.Mode == TelegramMode.Webhook && settings.WebhookUrl is { } url)
            {
                await bot.SetWebhook(url.AbsoluteUri, allowedUpdates: Wanted, secretToken: settings.WebhookSecret, cancellationToken: timeout.Token);
            }
            else if (settings.Mode == TelegramMode.Polling)
            {
                await bot.DeleteWebhook(cancellationToken: timeout.Token);
            }

            LogConnected(logger, me.Username ?? "?", settings.Mode);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStartFailed(logger, e);
        }

        var pending = await updateLog.PendingAsync(identity.BotId, cancellationToken);
        foreach (var update in pending)
        {
            await queue.RequeueAsync(update, cancellationToken);
        }

        if (pending.Count > 0)
        {
            LogRequeued(logger, pending.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram bot @{Username} connected ({Mode})")]
    private static partial void LogConnected(ILogger logger, string username, TelegramMode mode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram start-up calls failed; updates will be handled once Telegram is reachable")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Telegram updates received before a restart were queued again")]
    private static partial void LogRequeued(ILogger logger, int count);
}
