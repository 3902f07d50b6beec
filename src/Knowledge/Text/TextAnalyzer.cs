using System.Globalization;
using System.Text;

namespace MoitBot.Knowledge.Text;

/// <summary>
/// Turns Vietnamese text into index terms: folded syllables, syllable bigrams (an approximation of
/// word segmentation: "giấy phép" becomes giay + phep + giay_phep), abbreviations expanded, and
/// legal document numbers kept whole. Pure and deterministic; the same for documents and queries.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Text longer than this is cut: questions are short, and passages are chunked upstream.</summary>
    public const int MaxAnalyzedLength = 200_000;

    public static IReadOnlyList<Term> Analyze(string? text)
    {
        var terms = new List<Term>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        if (text.Length > MaxAnalyzedLength)
        {
            text = text[..MaxAnalyzedLength];
        }

        var lower = VietnameseText.Normalize(text).ToLowerInvariant();
        var words = Tokenize(lower).Select(t => (t.Word, t.BreaksBefore, Folded: VietnameseText.Fold(t.Word))).ToList();
        var accented = IsWrittenWithDiacritics(words);
        string? previous = null;
        foreach (var (word, breaksBefore, folded) in words)
        {
            if (breaksBefore)
            {
                previous = null;
            }

            if (folded.Length == 0)
            {
                continue;
            }

            if (StopWords.Contains(word, folded, accented))
            {
                // The bigram chain bridges a stop word ("giấy phép của Bộ" also gives phep_bo):
                // +0.018 MRR@10 on the ALQAC legal benchmark (docs/benchmarks.md).
                continue;
            }

            var expansion = Abbreviations.Expand(folded);
            if (expansion is null)
            {
                Add(terms, folded, ref previous);
                if (accented && !string.Equals(word, folded, StringComparison.Ordinal))
                {
                    terms.Add(new Term(word, TermKind.Accented));
                }

                continue;
            }

            terms.Add(new Term(folded, TermKind.Word));
            foreach (var expanded in expansion)
            {
                Add(terms, expanded, ref previous);
            }
        }

        foreach (var number in DocumentNumber.FindAll(text))
        {
            terms.Add(new Term(number.Key, TermKind.DocumentNumber));
            if (number.ShortKey is { } shortKey && shortKey != number.Key)
            {
                terms.Add(new Term(shortKey, TermKind.DocumentNumber));
            }
        }

        return terms;
    }

    /// <summary>The distinct folded words of a text, without bigrams (for sentence scoring and coverage).</summary>
    public static HashSet<string> Words(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Analyze(text))
        {
            if (term.Kind is TermKind.Word or TermKind.DocumentNumber)
            {
                set.Add(term.Value);
            }
        }

        return set;
    }

    /// <summary>
    /// Whether the text is written with diacritics, judged by the share of its words that carry one
    /// (about three in four in ordinary Vietnamese). Only then is a bare "cho" known to be "cho".
    /// </summary>
    private static bool IsWrittenWithDiacritics(List<(string Word, bool BreaksBefore, string Folded)> words)
    {
        var letters = 0;
        var marked = 0;
        foreach (var (word, _, folded) in words)
        {
            if (!word.Any(char.IsLetter))
            {
                continue;
            }

            letters++;
            if (!string.Equals(word, folded, StringComparison.Ordinal))
            {
                marked++;
            }
        }

        return letters > 0 && marked * 5 >= letters * 2;
    }

    private static void Add(List<Term> terms, string word, ref string? previous)
    {
        terms.Add(new Term(word, TermKind.Word));
        if (previous is not null)
        {
            terms.Add(new Term(string.Concat(previous, "_", word), TermKind.Bigram));
        }

        previous = word;
    }

    /// <summary>Splits on anything that is not a letter, digit or combining mark; reports phrase breaks.</summary>
    private static IEnumerable<(string Word, bool BreaksBefore)> Tokenize(string text)
    {
        var builder = new StringBuilder();
        var pendingBreak = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(c);
                continue;
            }

            if (builder.Length > 0)
            {
                yield return (builder.ToString(), pendingBreak);
                builder.Clear();
                pendingBreak = false;
            }

            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                pendingBreak = true;
            }
        }

        if (builder.Length > 0)
        {
            yield return (builder.ToString(), pendingBreak);
        }
    }
}
