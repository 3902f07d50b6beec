using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering;

/// <summary>
/// Decides which field a question belongs to, hence which department answers it: keywords of
/// each field found in the question, plus a vote of the retrieved entries' fields (rank-weighted).
/// Questions on mechanisms, policy or law also involve Vụ Pháp chế.
/// </summary>
public sealed class DepartmentRouter(MinistryCatalog catalog)
{
    private const double KeywordWeight = 1.0;
    private const double RetrievalWeight = 0.6;

    // The catalog's keywords as folded phrases, analysed once rather than on every question.
    private readonly List<(string Field, string Phrase)> _keywordPhrases = [.. catalog.Fields
        .SelectMany(f => f.Keywords.Select(k => (f.Code, Phrase: Phrase(k))))
        .Where(k => k.Phrase.Trim().Length > 0)];

    private readonly List<string> _legalPhrases = [.. catalog.LegalKeywords.Select(Phrase)];

    public (FieldDefinition Field, Department Department, bool InvolvesLegal) Route(string question, IReadOnlyList<KnowledgeEntry> retrieved)
    {
        var folded = Phrase(question);
        var scores = KeywordScores(folded);

        for (var rank = 0; rank < retrieved.Count; rank++)
        {
            var code = retrieved[rank].Field;
            scores[code] = scores.GetValueOrDefault(code) + (RetrievalWeight / (rank + 1));
        }

        var best = scores.OrderByDescending(s => s.Value).Select(s => catalog.FindField(s.Key)).FirstOrDefault(f => f is not null)
            ?? catalog.Fields.First(f => f.Department == catalog.LegalDepartment.Code);
        var department = catalog.DepartmentOf(best.Code);
        var involvesLegal = department.IsLegal || _legalPhrases.Any(k => folded.Contains(k, StringComparison.Ordinal));
        return (best, department, involvesLegal);
    }

    public Department DepartmentOf(FieldDefinition field) => catalog.DepartmentOf(field.Code);

    /// <summary>True when the question names something of a field (a question about marriage does not).</summary>
    public bool MentionsAnyField(string question) => KeywordScores(Phrase(question)).Count > 0;

    private Dictionary<string, double> KeywordScores(string foldedPhrase)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (field, key) in _keywordPhrases)
        {
            if (foldedPhrase.Contains(key, StringComparison.Ordinal))
            {
                // Longer phrases are stronger evidence than a single syllable such as "điện".
                scores[field] = scores.GetValueOrDefault(field) + (KeywordWeight * (key.Count(c => c == ' ') - 1));
            }
        }

        return scores;
    }

    private static string Phrase(string text) =>
        $" {string.Join(' ', TextAnalyzer.Analyze(text).Where(t => t.Kind == TermKind.Word).Select(t => t.Value))} ";
}
