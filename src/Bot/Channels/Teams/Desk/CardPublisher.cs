using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Puts a ticket's card where it belongs: updates every card already posted (stored per ticket and
/// channel), and posts a new thread in the responsible department's channel, and Vụ Pháp chế's
/// when the ticket involves it, where none exists yet. Safe to repeat: what was posted is checked first.
/// </summary>
public sealed partial class CardPublisher(
    EscalationService escalation,
    CardViewFactory views,
    TeamsStore store,
    ChannelResolver resolver,
    MinistryCatalog catalog,
    TeamsConnectorClient connector,
    ILogger<CardPublisher> logger)
{
    public async Task<Ticket> PublishAsync(long ticketId, CancellationToken cancellationToken)
    {
        var ticket = await escalation.GetAsync(ticketId, cancellationToken)
            ?? throw new InvalidOperationException($"Ticket {ticketId} does not exist.");
        if (ticket.Status == TicketStatus.Duplicate && ticket.DuplicateOf is { } primary)
        {
            // A linked duplicate has no card of its own: the primary's card counts it.
            return await PublishAsync(primary, cancellationToken);
        }

        var card = EscalationCard.Build(await views.CreateAsync(ticket, cancellationToken));
        var activity = new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] };
        var existing = await store.CardsAsync(ticket.Id, cancellationToken);
        foreach (var posted in existing.Where(c => c.ActivityId.Length > 0))
        {
            await connector.UpdateAsync(posted.ServiceUrl, posted.ConversationId, posted.ActivityId, activity, cancellationToken);
        }

        foreach (var department in TargetDepartments(ticket))
        {
            var channel = await resolver.ResolveAsync(department, cancellationToken);
            if (channel is null)
            {
                LogNoChannel(logger, ticket.Code, department);
                throw new InvalidOperationException(
                    $"No Teams channel is known for department '{department}' (ticket {ticket.Code}): link one with \"đăng ký đơn vị {department}\" or set Escalation:Departments:{department}:TeamsChannelId or Escalation:DefaultTeamsChannelId.");
            }

            if (existing.Any(c => c.ChannelId == channel.ChannelId))
            {
                continue;
            }

            var created = await connector.CreateChannelThreadAsync(channel.ServiceUrl, channel.ChannelId, channel.TenantId, activity, cancellationToken);
            var (conversationId, rootId) = ConversationIds.ThreadOf(created, channel.ChannelId);
            var record = new CardRecord(ticket.Id, channel.ChannelId, channel.TeamId, department, conversationId, rootId, channel.ServiceUrl);
            await store.SaveCardAsync(record, cancellationToken);
            existing = [.. existing, record];
            if (rootId.Length == 0)
            {
                LogNoActivityId(logger, ticket.Code, channel.ChannelId);
            }
        }

        return ticket;
    }

    /// <summary>Posts a plain message (with optional mentions) in every thread holding the ticket's card.</summary>
    public async Task<int> PostInThreadsAsync(long ticketId, string text, IReadOnlyList<Entity>? mentions, string? onlyDepartment, CancellationToken cancellationToken)
    {
        var cards = await store.CardsAsync(ticketId, cancellationToken);
        var sent = 0;
        foreach (var card in cards.Where(c => onlyDepartment is null || c.Department == onlyDepartment))
        {
            var message = new Activity { Type = "message", Text = text, TextFormat = "markdown", Entities = mentions?.ToList() };
            await connector.SendAsync(card.ServiceUrl, card.ConversationId, message, cancellationToken);
            sent++;
        }

        return sent;
    }

    private IEnumerable<string> TargetDepartments(Ticket ticket)
    {
        yield return ticket.Department;
        if (ticket.InvolvesLegal && ticket.Department != catalog.LegalDepartment.Code)
        {
            yield return catalog.LegalDepartment.Code;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketCode}: no Teams channel for department {Department}; the card stays pending in the outbox until a channel is linked or configured")]
    private static partial void LogNoChannel(ILogger logger, string ticketCode, string department);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketCode}: the card posted in {ChannelId} came back without an activity id; it cannot be updated later")]
    private static partial void LogNoActivityId(ILogger logger, string ticketCode, string channelId);
}
