using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Looks up what a ticket's card shows: the asker, the bot's sources with links, duplicates, history.</summary>
public sealed class CardViewFactory(
    EscalationService escalation,
    OfficialRegistry officials,
    KnowledgeStore knowledge,
    ExtractiveAnswerComposer composer,
    MinistryCatalog catalog,
    WorkingCalendar calendar)
{
    public async Task<CardView> CreateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var asker = await officials.GetAsync(ticket.OfficialId, cancellationToken);
        var sources = ticket.BotSources.Count == 0 ? [] : await knowledge.GetManyAsync(ticket.BotSources.ToList(), cancellationToken);
        var duplicates = await escalation.ListDuplicatesAsync(ticket.Id, cancellationToken);
        var history = await escalation.HistoryAsync(ticket.Id, cancellationToken);
        return new CardView
        {
            Ticket = ticket,
            Asker = asker,
            DepartmentName = catalog.FindDepartment(ticket.Department)?.Name ?? ticket.Department,
            FieldName = catalog.FindField(ticket.Field)?.Name ?? ticket.Field,
            ReceivedLocal = calendar.ToLocal(ticket.ReceivedAt),
            DeadlineLocal = calendar.ToLocal(ticket.DeadlineAt),
            Sla = escalation.SlaOf(ticket),
            Sources = sources.Select(e => new CardLink(e.Title, LinkOf(e))).ToList(),
            DuplicateCount = duplicates.Count,
            History = history,
            Departments = catalog.Departments.Select(d => new CardChoice(d.Code, d.Name)).ToList(),
        };
    }

    private string LinkOf(KnowledgeEntry entry) =>
        entry.References.Select(r => r.Url).FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        ?? composer.EntryUrl(entry.Id);
}
