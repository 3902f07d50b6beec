using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Computes the operators' figures from the question log, the tickets and the officials:
/// questions per day, bot answers vs escalations, helpful ratio, SLA compliance per department,
/// open and late tickets, unanswered topics, and everything per province.
/// </summary>
public sealed class OperationsReport(QuestionLog log, EscalationService escalation, OfficialRegistry officials, WorkingCalendar calendar,
    MinistryCatalog catalog, TimeProvider timeProvider)
{
    public const string UnknownProvince = "Chưa rõ";

    public async Task<OperationsFigures> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var offset = calendar.ToLocal(timeProvider.GetUtcNow()).Offset;
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), offset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), offset);
        var asked = (await log.ListAsync(start, end, cancellationToken)).Where(q => q.Outcome != AnswerOutcome.InvalidQuestion).ToList();
        var tickets = await escalation.ListReceivedAsync(start, end, cancellationToken);
        var open = await escalation.ListOpenAsync(cancellationToken: cancellationToken);
        var late = open.Where(t => escalation.SlaOf(t) == SlaState.Late).ToList();
        var provinceOf = (await officials.ListAsync(cancellationToken: cancellationToken)).ToDictionary(o => o.Id, o => o.Province, StringComparer.Ordinal);
        string TicketProvince(Ticket t) => provinceOf.GetValueOrDefault(t.OfficialId) ?? UnknownProvince;
        DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(calendar.ToLocal(at).DateTime);

        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
            .Select(d => new DayFigures(d,
                asked.Count(q => LocalDay(q.AskedAt) == d),
                asked.Count(q => q.Outcome == AnswerOutcome.Answered && LocalDay(q.AskedAt) == d),
                tickets.Count(t => LocalDay(t.ReceivedAt) == d)))
            .ToList();

        var departments = catalog.Departments.Select(d =>
        {
            var mine = tickets.Where(t => t.Department == d.Code).ToList();
            var answered = mine.Where(t => t.AnsweredAt is not null).ToList();
            return new DepartmentFigures(d.Code, d.Name,
                asked.Count(q => q.Department == d.Code),
                asked.Count(q => q.Department == d.Code && q.Outcome == AnswerOutcome.Answered),
                mine.Count,
                answered.Count,
                answered.Count(t => t.AnsweredAt <= t.DeadlineAt),
                open.Count(t => t.Department == d.Code),
                late.Count(t => t.Department == d.Code));
        }).ToList();

        var provinces = asked.Select(q => q.Province ?? UnknownProvince).Concat(tickets.Select(TicketProvince)).Distinct(StringComparer.Ordinal)
            .Select(p => new ProvinceFigures(p,
                asked.Count(q => (q.Province ?? UnknownProvince) == p),
                asked.Count(q => (q.Province ?? UnknownProvince) == p && q.Outcome == AnswerOutcome.Answered),
                tickets.Count(t => TicketProvince(t) == p)))
            .OrderByDescending(p => p.Questions + p.Escalated)
            .ThenBy(p => p.Province, StringComparer.Ordinal)
            .ToList();

        var unanswered = asked.Where(q => q.Outcome == AnswerOutcome.NoGuidance).Select(q => (q.Field, q.Question))
            .Concat(tickets.Select(t => (t.Field, t.Question)))
            .ToList();
        var rated = asked.Where(q => q.Helpful is not null).ToList();
        return new OperationsFigures
        {
            From = from,
            To = to,
            Questions = asked.Count,
            AnsweredByBot = asked.Count(q => q.Outcome == AnswerOutcome.Answered),
            NoGuidance = asked.Count(q => q.Outcome == AnswerOutcome.NoGuidance),
            Escalated = tickets.Count,
            HelpfulMarks = rated.Count(q => q.Helpful == true),
            RatedAnswers = rated.Count,
            OpenTickets = open.Count,
            LateTickets = late.Count,
            Days = days,
            Departments = departments,
            Provinces = provinces,
            UnansweredFields = unanswered.GroupBy(u => catalog.FindField(u.Field)?.Name ?? u.Field)
                .Select(g => new TopicFigures(g.Key, g.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(10).ToList(),
            UnansweredTopics = TopPhrases(unanswered.Select(u => u.Question), 10),
        };
    }

    /// <summary>Most frequent two-syllable phrases across questions (each counted once per question), e.g. "giay phep".</summary>
    public static IReadOnlyList<TopicFigures> TopPhrases(IEnumerable<string> questions, int count) =>
        questions
            .SelectMany(q => TextAnalyzer.Analyze(q).Where(t => t.Kind == TermKind.Bigram).Select(t => t.Value).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new TopicFigures(g.Key.Replace('_', ' '), g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(count)
            .ToList();
}
