namespace MoitBot.Knowledge.Synonyms;

/// <summary>The outcome of adding or retiring a set. <see cref="Problem"/> is a Vietnamese message for the editor.</summary>
public sealed record SynonymChange(string? Key, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static SynonymChange Ok(string key) => new(key, null);

    public static SynonymChange Refused(string problem) => new(null, problem);
}
