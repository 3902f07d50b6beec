using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Synonyms;

/// <summary>A synonym set as editors see it: who added it (shipped ones have nobody) and whether it is retired.</summary>
public sealed record SynonymSetView(SynonymSet Set, string? AddedBy, DateTimeOffset? AddedAt, string? RetiredBy, DateTimeOffset? RetiredAt)
{
    public bool IsActive => RetiredAt is null;
}
