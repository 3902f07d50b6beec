namespace MoitBot.Knowledge.Editorial;

public sealed record TopicFigures(string Topic, int Count);
