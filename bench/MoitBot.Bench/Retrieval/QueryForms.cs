using MoitBot.Knowledge.Text;

namespace MoitBot.Bench.Retrieval;

/// <summary>The ways a question is rewritten to mimic how officials type.</summary>
internal static class QueryForms
{
    public const string Accented = "accented";
    public const string Stripped = "no diacritics";
    public const string Typo = "lower-case + 1 typo";
    public const string FirstWords = "first 8 words";

    public static IReadOnlyList<string> All { get; } = [Accented, Stripped, Typo, FirstWords];

    public static string Apply(string form, string question, int seed) => form switch
    {
        Accented => question,
        Stripped => VietnameseText.StripDiacritics(question),
        Typo => WithTypo(question, seed),
        FirstWords => FirstWordsOf(question, 8),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown query form."),
    };

    public static string FirstWordsOf(string text, int count) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(count));

    /// <summary>
    /// Lower-cases the question and makes one deterministic typo in a word of at least four letters:
    /// either two adjacent letters swapped or one letter dropped (seeded, so every run is the same).
    /// </summary>
    public static string WithTypo(string question, int seed)
    {
        var text = VietnameseText.Normalize(question).ToLowerInvariant();
        var random = new Random(seed);
        var words = Words(text).Where(w => w.Length >= 4).ToList();
        if (words.Count == 0)
        {
            return text;
        }

        var (start, length) = words[random.Next(words.Count)];
        var chars = text.ToCharArray();
        var swapAt = start + random.Next(length - 1);
        if (random.Next(2) == 0 && chars[swapAt] != chars[swapAt + 1])
        {
            (chars[swapAt], chars[swapAt + 1]) = (chars[swapAt + 1], chars[swapAt]);
            return new string(chars);
        }

        var drop = start + random.Next(length);
        return string.Concat(text.AsSpan(0, drop), text.AsSpan(drop + 1));
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}
