namespace MoitBot.Knowledge.Editorial;

public sealed record DayFigures(DateOnly Day, int Questions, int AnsweredByBot, int Escalated);
