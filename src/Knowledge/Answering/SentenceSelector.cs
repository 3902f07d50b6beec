using System.Text.RegularExpressions;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering;

/// <summary>Picks the sentences of a passage that best match a question, kept in their original order.</summary>
public static partial class SentenceSelector
{
    public static IReadOnlyList<string> Select(string passage, string question, int count)
    {
        var sentences = Split(passage);
        if (sentences.Count <= count)
        {
            return sentences;
        }

        var questionWords = TextAnalyzer.Words(question);
        return sentences
            .Select((sentence, index) => (sentence, index, score: TextAnalyzer.Words(sentence).Count(questionWords.Contains)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Take(count)
            .OrderBy(x => x.index)
            .Select(x => x.sentence)
            .ToList();
    }

    public static List<string> Split(string passage) =>
        SentenceBoundary().Split(passage)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();

    // A sentence ends at . ! ? ; or a line break, when followed by space and an upper-case letter, a dash or a digit.
    [GeneratedRegex(@"(?<=[.!?;:])\s+(?=[\p{Lu}\d\-–•])|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBoundary();
}
