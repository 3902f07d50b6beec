namespace MoitBot.Knowledge.Text;

/// <summary>
/// What a synonym set may hold. A phrase that would expand nearly every question is refused:
/// a lone function word ("là", "cho" typed without marks), a generic way of asking ("như thế nào"),
/// a single one-letter syllable, or, given the bank, a phrase whose words are in more than a set
/// share of its entries. A phrase already in an active set is refused too rather than merged,
/// so that each set stays one editor's decision; the editor retires the old set and adds the union.
/// </summary>
public static class SynonymSetRules
{
    public const int MaxMembers = 12;
    public const int MaxSyllables = 12;
    public const int MaxMemberLength = 100;

    private static readonly HashSet<string> QuestionFrames = new(StringComparer.Ordinal)
    {
        "nhu the nao", "the nao", "la gi", "lam sao", "ra sao", "gom nhung gi", "co duoc khong", "duoc khong",
        "co khong", "khong", "bao nhieu", "o dau", "khi nao", "tai sao", "vi sao",
    };

    /// <summary>Splits an editor's input into phrases: one a line, or separated by commas or semicolons.</summary>
    public static IReadOnlyList<string> SplitMembers(string? input) =>
        (input ?? string.Empty).Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => string.Join(' ', VietnameseText.Normalize(m).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(m => m.Length > 0)
            .ToList();

    /// <param name="members">The phrases, as normalised by <see cref="SplitMembers"/>.</param>
    /// <param name="active">The sets in use, checked for a phrase already there.</param>
    /// <param name="bankShare">The share of the bank's entries holding all of these terms, or null to skip that check.</param>
    /// <returns>Why the set is refused, in Vietnamese, or null when it may be used.</returns>
    public static string? Problem(IReadOnlyList<string> members, IEnumerable<SynonymSet> active, Func<IReadOnlyList<Term>, double>? bankShare, double maxBankShare)
    {
        var distinct = members.Select(m => (Member: m, Key: string.Join(' ', Thesaurus.Syllables(m)))).Where(m => m.Key.Length > 0).DistinctBy(m => m.Key).ToList();
        if (distinct.Count < 2)
        {
            return "Một bộ đồng nghĩa cần ít nhất hai cụm từ khác nhau.";
        }

        if (distinct.Count > MaxMembers)
        {
            return $"Một bộ đồng nghĩa có tối đa {MaxMembers} cụm từ; hãy tách thành các bộ nhỏ hơn.";
        }

        var inUse = new Dictionary<string, SynonymSet>(StringComparer.Ordinal);
        foreach (var set in active)
        {
            foreach (var member in set.Members)
            {
                inUse.TryAdd(string.Join(' ', Thesaurus.Syllables(member)), set);
            }
        }

        foreach (var (member, key) in distinct)
        {
            if (MemberProblem(member, key, bankShare, maxBankShare) is { } problem)
            {
                return problem;
            }

            if (inUse.TryGetValue(key, out var owner))
            {
                return $"Cụm từ «{member}» đã có trong bộ «{string.Join(" ~ ", owner.Members.Take(3))}». Không gộp tự động: hãy ngừng dùng bộ đó rồi thêm một bộ chung.";
            }
        }

        return null;
    }

    private static string? MemberProblem(string member, string key, Func<IReadOnlyList<Term>, double>? bankShare, double maxBankShare)
    {
        var syllables = key.Split(' ');
        if (member.Length > MaxMemberLength || syllables.Length > MaxSyllables)
        {
            return $"Cụm từ «{member}» quá dài (tối đa {MaxSyllables} tiếng).";
        }

        if (syllables.Length == 1 && (syllables[0].Length < 2 || StopWords.IsFunctionWord(syllables[0]) || StopWords.IsFunctionWord(member.ToLowerInvariant())))
        {
            return $"«{member}» là hư từ hoặc tiếng quá ngắn (như \"là\", \"của\", \"ở\", hay \"chợ\" gõ không dấu thành \"cho\"), có trong hầu hết câu hỏi nên sẽ mở rộng mọi câu hỏi.";
        }

        if (QuestionFrames.Contains(key))
        {
            return $"«{member}» là cách hỏi chung, có trong rất nhiều câu hỏi nên sẽ mở rộng mọi câu hỏi.";
        }

        var terms = TextAnalyzer.Analyze(member).Where(t => t.Kind is TermKind.Word or TermKind.Bigram).ToList();
        if (bankShare is not null && terms.Count > 0)
        {
            var share = bankShare(terms);
            if (share > maxBankShare)
            {
                return $"«{member}» có trong {Math.Round(share * 100)}% số mục của ngân hàng (tối đa {Math.Round(maxBankShare * 100)}%), nên mở rộng bằng nó không còn phân biệt được câu trả lời.";
            }
        }

        return null;
    }
}
