using System.Text.Json;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>"teams.ticket-opened": posts the new ticket's card in its department's channel (and Vụ Pháp chế's).</summary>
public sealed class TicketOpenedHandler(CardPublisher publisher) : IOutboxHandler
{
    public string Kind => OutboxKinds.TeamsTicketOpened;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<TicketNotice>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no ticket notice.");
        await publisher.PublishAsync(notice.TicketId, cancellationToken);
    }
}
