namespace MoitBot.Knowledge.Editorial;

/// <summary>A department's figures for a period; SLA compliance counts late unanswered tickets as misses.</summary>
public sealed record DepartmentFigures(string Code, string Name, int Questions, int AnsweredByBot, int Escalated, int AnsweredTickets, int AnsweredOnTime, int OpenTickets, int LateTickets)
{
    public double? SlaCompliance => AnsweredTickets + LateTickets == 0 ? null : (double)AnsweredOnTime / (AnsweredTickets + LateTickets);
}
