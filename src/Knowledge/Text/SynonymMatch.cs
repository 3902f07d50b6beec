namespace MoitBot.Knowledge.Text;

/// <summary>
/// A synonym set whose phrase occurs in a text: the folded syllables that matched it and the
/// analysed terms (words and bigrams) of each of the set's other phrases.
/// </summary>
public sealed record SynonymMatch(SynonymSet Set, IReadOnlySet<string> MatchedSyllables, IReadOnlyList<IReadOnlyList<Term>> Alternatives);
