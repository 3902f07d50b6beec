using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// "teams.ticket-updated": updates the ticket's cards for everyone (posting where a new department or
/// Vụ Pháp chế joined) and, when the official asked a follow-up, replies with it in the card's thread.
/// </summary>
public sealed class TicketUpdatedHandler(CardPublisher publisher, EscalationService escalation, WorkingCalendar calendar, TeamsStore store) : IOutboxHandler
{
    public string Kind => OutboxKinds.TeamsTicketUpdated;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<TicketNotice>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no ticket notice.");
        var ticket = await publisher.PublishAsync(notice.TicketId, cancellationToken);
        if (notice.Action != "reopened")
        {
            return;
        }

        // The card was updated above; the follow-up itself goes in the thread, once.
        var key = $"thread:{message.IdempotencyKey}";
        if (await store.WasSentAsync(key, cancellationToken))
        {
            return;
        }

        var history = await escalation.HistoryAsync(ticket.Id, cancellationToken);
        var followUp = history.LastOrDefault(e => e.Action == "reopened")?.Detail ?? string.Empty;
        var text = $"**Cán bộ xã hỏi thêm về phiếu {ticket.Code}** (phiếu được mở lại, hạn trả lời mới: {CardText.Format(calendar.ToLocal(ticket.DeadlineAt))}):\n\n{CardText.Escape(followUp)}";
        await publisher.PostInThreadsAsync(ticket.Id, text, null, null, cancellationToken);
        await store.MarkSentAsync(key, cancellationToken);
    }
}
