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
        var involvesLegal = department.IsLegal || catalog.LegalKeywords.Any(k =>
            folded.Contains($" {string.Join(' ', TextAnalyzer.Analyze(k).Where(t => t.Kind == TermKind.Word).Select(t => t.Value))} ", StringComparison.Ordinal));
        return (best, department, involvesLegal);
    }

    public Department DepartmentOf(FieldDefinition field) => catalog.DepartmentOf(field.Code);

    /// <summary>True when the question names something of a field (a question about marriage does not).</summary>
    public bool MentionsAnyField(string question) => KeywordScores(Phrase(question)).Count > 0;

    private Dictionary<string, double> KeywordScores(string foldedPhrase)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in catalog.Fields)
        {
            foreach (var keyword in field.Keywords)
            {
                var key = Phrase(keyword);
                if (key.Trim().Length > 0 && foldedPhrase.Contains(key, StringComparison.Ordinal))
                {
                    // Longer phrases are stronger evidence than a single syllable such as "điện".
                    scores[field.Code] = scores.GetValueOrDefault(field.Code) + (KeywordWeight * (key.Count(c => c == ' ') - 1));
                }
            }
        }

        return scores;
    }

    private static string Phrase(string text) =>
        $" {string.Join(' ', TextAnalyzer.Analyze(text).Where(t => t.Kind == TermKind.Word).Select(t => t.Value))} ";
}
