using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering;

/// <summary>
/// The last gate before an answer leaves: every citation must point at a retrieved entry and
/// carry only that entry's document numbers, and every document number written in the answer
/// must come from a cited entry. An answer that fails is not sent.
/// </summary>
public static class CitationVerifier
{
    public static string? FindProblem(string answerText, IReadOnlyList<Citation> citations, IReadOnlyList<KnowledgeEntry> retrieved)
    {
        var byId = retrieved.ToDictionary(e => e.Id, StringComparer.Ordinal);
        // Each entry's numbers are found once, however many citations and answer numbers are checked against it.
        var numbersOf = new Dictionary<KnowledgeEntry, List<DocumentNumber>>(ReferenceEqualityComparer.Instance);
        bool Mentions(KnowledgeEntry entry, string number)
        {
            var wanted = DocumentNumber.TryParse(number);
            if (wanted is null)
            {
                return false;
            }

            if (!numbersOf.TryGetValue(entry, out var known))
            {
                numbersOf[entry] = known = [.. NumbersIn(entry)];
            }

            return known.Any(wanted.Matches);
        }

        foreach (var citation in citations)
        {
            if (!byId.TryGetValue(citation.EntryId, out var entry))
            {
                return $"citation of entry '{citation.EntryId}' that was not retrieved";
            }

            if (citation.DocumentNumber is { } number && !Mentions(entry, number))
            {
                return $"document {number} is not in entry '{entry.Id}'";
            }
        }

        var cited = citations.Select(c => byId[c.EntryId]).Distinct().ToList();
        foreach (var number in DocumentNumber.FindAll(answerText))
        {
            if (!cited.Any(e => Mentions(e, number.Key)))
            {
                return $"document {number.Key} in the answer text is not in a cited source";
            }
        }

        return null;
    }

    private static IEnumerable<DocumentNumber> NumbersIn(KnowledgeEntry entry) =>
        entry.References.SelectMany(r => DocumentNumber.FindAll(r.DocumentNumber))
            .Concat(DocumentNumber.FindAll(entry.Body))
            .Concat(DocumentNumber.FindAll(entry.Question));
}
