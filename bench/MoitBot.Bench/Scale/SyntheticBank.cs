using System.Text.RegularExpressions;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Scale;

/// <summary>
/// Deterministic synthetic bank built from the demo bank's own sentences and words: each entry
/// takes a seed entry's field and references, a title of recombined title words, and a body of
/// sentences drawn from across the bank with a few words swapped. Same seed, same bank.
/// </summary>
internal static partial class SyntheticBank
{
    public static IReadOnlyList<KnowledgeEntry> Generate(IReadOnlyList<KnowledgeEntry> seeds, int count, int seed)
    {
        var random = new Random(seed);
        var sentences = seeds.SelectMany(e => SentenceBreak().Split(e.Body)).Where(s => s.Length > 20).ToArray();
        var titleWords = seeds.SelectMany(e => e.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var bodyWords = sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var entries = new List<KnowledgeEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var basis = seeds[random.Next(seeds.Count)];
            var title = Recombine(basis.Title.Split(' '), titleWords, random, swaps: 2);
            var body = string.Join(' ', Enumerable.Range(0, random.Next(3, 8))
                .Select(_ => Recombine(sentences[random.Next(sentences.Length)].Split(' '), bodyWords, random, swaps: 1)));
            entries.Add(basis with
            {
                Id = $"synthetic-{i:D6}",
                Title = title,
                Question = random.Next(2) == 0 ? Recombine((basis.Question ?? basis.Title).Split(' '), titleWords, random, swaps: 2) : null,
                Body = body,
            });
        }

        return entries;
    }

    private static string Recombine(string[] words, string[] vocabulary, Random random, int swaps)
    {
        var copy = words.ToArray();
        for (var s = 0; s < swaps && copy.Length > 0; s++)
        {
            copy[random.Next(copy.Length)] = vocabulary[random.Next(vocabulary.Length)];
        }

        return string.Join(' ', copy);
    }

    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex SentenceBreak();
}
