namespace MoitBot.Knowledge.Text;

/// <summary>
/// Function words kept out of the index. The check uses the accented word where there is one,
/// because folding merges function and content words: "thì"/"thị", "cho"/"chợ", "đang"/"đăng".
/// In text typed without diacritics a word is treated as a stop word only when its folded form is
/// unambiguous.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Accented = new(StringComparer.Ordinal)
    {
        "là", "và", "của", "các", "những", "được", "gì", "nào", "không", "với", "vậy", "sao", "mà",
        "thì", "ơi", "ạ", "nhé", "hả", "thế", "này", "đó", "để", "cho", "một", "hay", "hoặc", "về",
        "ở", "tại", "từ", "đến", "khi", "nếu", "bị", "sẽ", "đã", "đang", "còn", "phải", "cần", "có",
        "em", "anh", "chị", "tôi", "xin", "hỏi", "ạ", "nhiêu", "bao", "thể", "như", "nhưng", "vì",
        "nên", "rằng", "thưa", "giúp", "ai",
    };

    private static readonly HashSet<string> UnambiguousFolded = new(StringComparer.Ordinal)
    {
        "duoc", "khong", "nhung", "cua", "cac", "va", "gi", "nao", "vay", "thi", "xin", "hoi", "nhieu",
        "bao", "giup", "rang", "thua", "nhe",
    };

    private static readonly HashSet<string> FoldedForms = Accented.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a function word of a question: an accented stop word as typed, or an unaccented
    /// word that could be one ("o" may be "ở"). Used to judge coverage, not to index.
    /// </summary>
    public static bool IsFunctionWord(string lowerWord)
    {
        var folded = VietnameseText.Fold(lowerWord);
        return lowerWord == folded ? FoldedForms.Contains(folded) : Accented.Contains(lowerWord);
    }

    /// <param name="lowerWord">The lower-case word as typed (NFC).</param>
    /// <param name="foldedWord">The same word folded.</param>
    /// <param name="textIsAccented">True when the text around the word is written with diacritics, so a
    /// word without any ("cho") is exactly that word and not a "chợ" typed without marks.</param>
    public static bool Contains(string lowerWord, string foldedWord, bool textIsAccented) =>
        textIsAccented || lowerWord != foldedWord ? Accented.Contains(lowerWord) : UnambiguousFolded.Contains(foldedWord);
}
