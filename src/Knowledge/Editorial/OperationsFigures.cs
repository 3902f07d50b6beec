namespace MoitBot.Knowledge.Editorial;

/// <summary>What operators and leadership see for a period (dates in Viet Nam's time zone, both inclusive).</summary>
public sealed record OperationsFigures
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public int Questions { get; init; }
    public int AnsweredByBot { get; init; }
    public int NoGuidance { get; init; }
    public int Escalated { get; init; }
    public int HelpfulMarks { get; init; }
    public int RatedAnswers { get; init; }
    public int OpenTickets { get; init; }
    public int LateTickets { get; init; }
    public IReadOnlyList<DayFigures> Days { get; init; } = [];
    public IReadOnlyList<DepartmentFigures> Departments { get; init; } = [];
    public IReadOnlyList<ProvinceFigures> Provinces { get; init; } = [];
    public IReadOnlyList<TopicFigures> UnansweredFields { get; init; } = [];
    public IReadOnlyList<TopicFigures> UnansweredTopics { get; init; } = [];

    public double? HelpfulRatio => RatedAnswers == 0 ? null : (double)HelpfulMarks / RatedAnswers;
}
