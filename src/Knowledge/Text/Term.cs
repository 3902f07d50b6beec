namespace MoitBot.Knowledge.Text;

/// <summary>One index term: a folded syllable, a syllable bigram ("giay_phep") or a document number key.</summary>
public readonly record struct Term(string Value, TermKind Kind);
