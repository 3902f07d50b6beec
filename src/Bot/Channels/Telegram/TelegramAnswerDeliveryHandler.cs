using System.Globalization;
using System.Text;
using System.Text.Json;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Delivers a staff answer (outbox kind "telegram.answer") to the chat the question came from,
/// quoting the question, with rating buttons. A delivery already recorded as sent is not repeated.
/// </summary>
public sealed partial class TelegramAnswerDeliveryHandler(
    TelegramSender sender,
    ConversationStore conversations,
    ILogger<TelegramAnswerDeliveryHandler> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.TelegramAnswer;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var delivery = JsonSerializer.Deserialize<AnswerDelivery>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no answer delivery.");
        if (!long.TryParse(delivery.ChatId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId))
        {
            throw new InvalidOperationException($"Ticket {delivery.TicketCode} has a chat id that is not a Telegram chat.");
        }

        if (await conversations.WasDeliveredAsync(message.IdempotencyKey, cancellationToken))
        {
            LogAlreadyDelivered(logger, delivery.TicketCode);
            return;
        }

        var sent = await sender.SendHtmlAsync(chatId, Format(delivery), Keyboards.RateStaffAnswer(delivery.TicketCode), cancellationToken: cancellationToken);
        await conversations.RecordDeliveryAsync(message.IdempotencyKey, chatId, sent.MessageId, CancellationToken.None);
        LogDelivered(logger, delivery.TicketCode);
    }

    public static string Format(AnswerDelivery delivery)
    {
        var html = new StringBuilder()
            .Append("📩 <b>Trả lời của ").Append(TelegramHtml.Escape(delivery.DepartmentName)).Append("</b> (Bộ Công Thương)\n")
            .Append("Mã câu hỏi: <code>").Append(TelegramHtml.Escape(delivery.TicketCode)).Append("</code>\n")
            .Append("<blockquote>").Append(TelegramHtml.Escape(delivery.Question)).Append("</blockquote>\n")
            .Append(TelegramHtml.Escape(delivery.Answer));
        if (!string.IsNullOrWhiteSpace(delivery.LegalBasis))
        {
            html.Append("\n\n<b>Căn cứ:</b> ").Append(TelegramHtml.Escape(delivery.LegalBasis));
        }

        return html.Append("\n\nCâu trả lời có giúp ích cho bạn không?").ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff answer for ticket {TicketCode} delivered on Telegram")]
    private static partial void LogDelivered(ILogger logger, string ticketCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff answer for ticket {TicketCode} was already delivered; not sent again")]
    private static partial void LogAlreadyDelivered(ILogger logger, string ticketCode);
}
