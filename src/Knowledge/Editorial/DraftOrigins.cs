using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Knowledge.Editorial;

/// <summary>Finds the tickets and officials behind a draft (staff answers carry SourceId "ticket:{code}"), plus the question the record keeps.</summary>
public sealed class DraftOrigins(EscalationService escalation, OfficialRegistry officials)
{
    public async Task<DraftOrigin> FindAsync(KnowledgeEntry entry, EditorialRecord record, CancellationToken cancellationToken = default)
    {
        var questions = new List<string>();
        var provinces = new List<string>();
        var names = new List<string>();
        Add(record.OriginalQuestion, questions);

        if (entry.SourceId is { } source && source.StartsWith(StaffAnswerDraftHandler.TicketPrefix, StringComparison.Ordinal)
            && await escalation.GetByCodeAsync(source[StaffAnswerDraftHandler.TicketPrefix.Length..], cancellationToken) is { } ticket)
        {
            var tickets = new List<Ticket> { ticket };
            tickets.AddRange(await escalation.ListDuplicatesAsync(ticket.Id, cancellationToken));
            var askers = (await officials.GetManyAsync(tickets.Select(t => t.OfficialId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
                .ToDictionary(o => o.Id, StringComparer.Ordinal);
            foreach (var t in tickets)
            {
                Add(t.Question, questions);
                if (askers.GetValueOrDefault(t.OfficialId) is { } official)
                {
                    Add(official.Province, provinces);
                    Add(official.FullName, names);
                }
            }
        }

        return questions.Count + provinces.Count + names.Count == 0 ? DraftOrigin.None : new DraftOrigin(questions, provinces, names);
    }

    private static void Add(string? value, List<string> list)
    {
        if (!string.IsNullOrWhiteSpace(value) && !list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
