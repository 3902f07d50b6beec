using System.Text.Json;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Escalation;

/// <summary>Turns a staff answer into a draft entry for editors (never published before an editor approves it).</summary>
public sealed class StaffAnswerDraftHandler(TicketStore tickets, KnowledgeBank bank) : IOutboxHandler
{
    /// <summary>A staff-answer draft's SourceId (and the actor of its save) is this prefix and the ticket code.</summary>
    public const string TicketPrefix = "ticket:";

    public string Kind => OutboxKinds.KnowledgeDraft;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<TicketNotice>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no ticket notice.");
        var ticket = await tickets.GetAsync(notice.TicketId, cancellationToken);
        if (ticket?.Answer is null)
        {
            return;
        }

        await bank.SaveAsync(DraftFor(ticket), TicketPrefix + ticket.Code, cancellationToken);
    }

    public static KnowledgeEntry DraftFor(Ticket ticket)
    {
        var references = DocumentNumber.FindAll(ticket.LegalBasis)
            .Select(n => new LegalReference { DocumentNumber = n.Display, Title = ticket.LegalBasis })
            .ToList();
        var question = ticket.Question.Length > 500 ? ticket.Question[..500] : ticket.Question;
        return new KnowledgeEntry
        {
            Id = $"ticket-{ticket.Code.ToLowerInvariant()}",
            Kind = EntryKind.QuestionAnswer,
            Field = ticket.Field,
            Title = question,
            Question = question,
            Body = ticket.LegalBasis is null ? ticket.Answer! : $"{ticket.Answer}\n\nCăn cứ: {ticket.LegalBasis}",
            Status = EntryStatus.Draft,
            Provenance = Provenance.StaffAnswer,
            References = references,
            SourceId = TicketPrefix + ticket.Code,
        };
    }
}
