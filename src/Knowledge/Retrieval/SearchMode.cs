namespace MoitBot.Knowledge.Retrieval;

public enum SearchMode
{
    Hybrid,
    Lexical,
    Dense,
}
