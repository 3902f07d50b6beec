using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Every call to Telegram goes through here: long texts are split, 429 "retry after" is
/// honoured, and a briefly unreachable Telegram is retried with back-off instead of losing the message.
/// </summary>
public sealed partial class TelegramSender(ITelegramBotClient bot, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends HTML, split at paragraph boundaries when long; the buttons go with the last part.</summary>
    public async Task<Message> SendHtmlAsync(long chatId, string html, ReplyMarkup? markup = null, int? replyTo = null, CancellationToken cancellationToken = default)
    {
        var parts = TelegramMessageSplitter.Split(html);
        Message? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Count - 1;
            var reply = i == 0 && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            last = await CallAsync(ct => bot.SendMessage(chatId, part, ParseMode.Html, reply, isLast ? markup : null, NoPreview, cancellationToken: ct), cancellationToken);
        }

        return last!;
    }

    public Task AnswerCallbackAsync(string callbackId, string? text = null, CancellationToken cancellationToken = default) =>
        CallAsync(ct => bot.AnswerCallbackQuery(callbackId, text, cancellationToken: ct), cancellationToken);

    public Task EditButtonsAsync(long chatId, int messageId, InlineKeyboardMarkup? markup, CancellationToken cancellationToken = default) =>
        CallAsync(ct => bot.EditMessageReplyMarkup(chatId, messageId, markup, cancellationToken: ct), cancellationToken);

    public Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        CallAsync(async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);

    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var retries = options.Value.SendRetries;
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await call(cancellationToken);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429 && attempt < retries)
            {
                delay = TimeSpan.FromSeconds(Math.Clamp(e.Parameters?.RetryAfter ?? 1, 1, 300));
                LogTooManyRequests(logger, delay.TotalSeconds);
            }
            catch (Exception e) when (IsTransient(e) && attempt < retries && !cancellationToken.IsCancellationRequested)
            {
                delay = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, attempt), 10_000));
                LogTransient(logger, e, attempt + 1, delay.TotalMilliseconds);
            }

            await Task.Delay(delay, time, cancellationToken);
        }
    }

    public static bool IsTransient(Exception e) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException { InnerException: HttpRequestException or SocketException or IOException or TaskCanceledException } => true,
        HttpRequestException or SocketException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked to slow down; retrying after {RetryAfterSeconds} s")]
    private static partial void LogTooManyRequests(ILogger logger, double retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram unreachable (attempt {Attempt}); retrying in {DelayMilliseconds} ms")]
    private static partial void LogTransient(ILogger logger, Exception exception, int attempt, double delayMilliseconds);
}
