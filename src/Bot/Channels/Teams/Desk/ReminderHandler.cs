using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>"teams.reminder": posts the reminder in the department's card thread, mentioning the duty officer.</summary>
public sealed class ReminderHandler(EscalationService escalation, CardPublisher publisher, WorkingCalendar calendar, IOptionsMonitor<TeamsEscalationOptions> options) : IOutboxHandler
{
    public string Kind => TeamsOutboxKinds.Reminder;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var reminder = JsonSerializer.Deserialize<TeamsReminder>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no reminder.");
        var ticket = await escalation.GetAsync(reminder.TicketId, cancellationToken);
        if (ticket is null || ticket.Status is not (TicketStatus.Open or TicketStatus.Claimed) || ticket.DeadlineAt != reminder.DeadlineAt)
        {
            return; // answered, paused or given a new deadline since: nothing to remind
        }

        var officer = options.CurrentValue.For(ticket.Department);
        var mention = string.IsNullOrWhiteSpace(officer?.DutyOfficerId) ? null : Entity.Mention(officer.DutyOfficerId, officer.DutyOfficerName ?? "Cán bộ trực");
        var deadline = CardText.Format(calendar.ToLocal(ticket.DeadlineAt));
        var text = reminder.Kind == "breach"
            ? $"**Phiếu {ticket.Code} đã quá hạn trả lời** (hạn {deadline})."
            : $"**Phiếu {ticket.Code} sắp đến hạn trả lời** (hạn {deadline}).";
        if (mention is not null)
        {
            text += $" {mention.Text} vui lòng kiểm tra.";
        }

        var posted = await publisher.PostInThreadsAsync(ticket.Id, text, mention is null ? null : [mention], ticket.Department, cancellationToken);
        if (posted == 0)
        {
            throw new InvalidOperationException($"Ticket {ticket.Code} has no card in its department's channel yet; the reminder waits for it.");
        }
    }
}
