namespace MoitBot.Knowledge.Editorial;

public sealed record ProvinceFigures(string Province, int Questions, int AnsweredByBot, int Escalated);
