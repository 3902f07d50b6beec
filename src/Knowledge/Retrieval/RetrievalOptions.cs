using System.ComponentModel.DataAnnotations;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>Ranking knobs, tuned with the retrieval benchmark (docs/benchmarks.md).</summary>
public sealed class RetrievalOptions
{
    public const string Section = "Retrieval";

    [Range(0.0, 10.0)]
    public double LexicalWeight { get; set; } = 1.0;

    [Range(0.0, 10.0)]
    public double DenseWeight { get; set; } = 0.15;

    /// <summary>How lexical and dense rankings are combined.</summary>
    public FusionMethod Fusion { get; set; } = FusionMethod.Score;

    /// <summary>k of reciprocal rank fusion.</summary>
    [Range(1, 1000)]
    public int FusionK { get; set; } = 60;

    /// <summary>How many candidates each retriever contributes before fusion.</summary>
    [Range(10, 2000)]
    public int CandidatePool { get; set; } = 100;

    [Range(0.0, 10.0)]
    public double TitleWeight { get; set; } = 3.0;

    [Range(0.0, 10.0)]
    public double BigramWeight { get; set; } = 1.0;

    [Range(0.0, 10.0)]
    public double DocumentNumberWeight { get; set; } = 2.0;

    /// <summary>Weight of a word matched with its diacritics, on top of its folded match.</summary>
    [Range(0.0, 10.0)]
    public double AccentedWeight { get; set; } = 1.0;

    /// <summary>Weight of a misspelt query word matched to a known word one edit away.</summary>
    [Range(0.0, 1.0)]
    public double FuzzyWeight { get; set; } = 0.6;

    /// <summary>Weight of a word or bigram brought in by the thesaurus, below a literal word's 1.0.</summary>
    [Range(0.0, 1.0)]
    public double SynonymWeight { get; set; } = 0.4;

    /// <summary>An editor's synonym phrase whose words are in more than this share of the bank is refused.</summary>
    [Range(0.01, 1.0)]
    public double SynonymMaxBankShare { get; set; } = 0.25;

    [Range(0.1, 5.0)]
    public double K1 { get; set; } = 0.8;

    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.5;

    /// <summary>How much a query term of this kind counts, the same in every index implementation.</summary>
    public double QueryWeight(TermKind kind) => kind switch
    {
        TermKind.Bigram => BigramWeight,
        TermKind.DocumentNumber => DocumentNumberWeight,
        TermKind.Accented => AccentedWeight,
        TermKind.Synonym => SynonymWeight,
        _ => 1.0,
    };
}
