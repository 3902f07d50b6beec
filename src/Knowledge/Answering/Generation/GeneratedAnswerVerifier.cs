using System.Text.RegularExpressions;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// The gate between the model and the official. A model answer passes only when it cites at
/// least one source, every [n] is one of the numbered sources sent, and every document number
/// and article in its text appears in a source it cites. Its citations are then built from the
/// cited entries' own references, and its markers renumbered to match that citation list.
/// </summary>
public sealed partial class GeneratedAnswerVerifier(ExtractiveAnswerComposer composer, TimeProvider time)
{
    private const int FirstLegalYear = 1945;

    public GenerationResult Verify(string text, IReadOnlyList<KnowledgeEntry> numbered)
    {
        var cited = CitationMarkers.Find(text);
        var outside = cited.Where(n => n < 1 || n > numbered.Count).ToList();
        if (outside.Count > 0)
        {
            return GenerationResult.Fail(GenerationOutcome.InvalidCitation, $"[{outside[0]}] points to no source ({numbered.Count} sent)");
        }

        if (cited.Count == 0)
        {
            return GenerationResult.Fail(GenerationOutcome.NoCitation, "the answer cites no source");
        }

        var entries = cited.Select(n => numbered[n - 1]).Distinct().ToList();
        var citations = new List<Citation>();
        var firstCitation = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            firstCitation[entry.Id] = citations.Count + 1;
            citations.AddRange(composer.CitationsFor(entry));
        }

        var problem = FindImpossibleNumber(text) ?? CitationVerifier.FindProblem(text, citations, numbered) ?? FindUnknownArticle(text, entries);
        if (problem is not null)
        {
            return GenerationResult.Fail(GenerationOutcome.UnknownNumber, problem);
        }

        var map = cited.ToDictionary(n => n, n => firstCitation[numbered[n - 1].Id]);
        return new GenerationResult(GenerationOutcome.Accepted, null)
        {
            Text = CitationMarkers.Renumber(text, map),
            Citations = citations,
            Cited = entries,
        };
    }

    /// <summary>
    /// A number dated in the future (or before the state's first laws) is invented, even when a
    /// poisoned source carries it: it cannot be the legal basis of anything.
    /// </summary>
    private string? FindImpossibleNumber(string text)
    {
        var thisYear = time.GetUtcNow().Year;
        return DocumentNumber.FindAll(text)
            .Where(n => n.Year is { } year && (year > thisYear || year < FirstLegalYear))
            .Select(n => $"document {n.Key} in the answer text has an impossible year")
            .FirstOrDefault();
    }

    private static string? FindUnknownArticle(string text, IReadOnlyList<KnowledgeEntry> cited)
    {
        var known = cited
            .SelectMany(e => new[] { e.Title, e.Question, e.Body }.Concat(e.References.Select(r => $"{r.Article} {r.Title}")))
            .SelectMany(t => Article().Matches(VietnameseText.Fold(t)).Select(m => m.Groups["n"].Value))
            .ToHashSet(StringComparer.Ordinal);
        return Article().Matches(VietnameseText.Fold(text))
            .Select(m => m.Groups["n"].Value)
            .Where(n => !known.Contains(n))
            .Select(n => $"article {n} in the answer text is not in a cited source")
            .FirstOrDefault();
    }

    [GeneratedRegex(@"\bdieu\s+(?<n>\d{1,4}[a-z]?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
