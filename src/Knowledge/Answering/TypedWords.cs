using System.Text.RegularExpressions;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering;

/// <summary>The words of a text as typed: lower-case NFC, diacritics kept ("hôn" stays apart from "hơn").</summary>
public static partial class TypedWords
{
    public static IEnumerable<string> Of(string? text) =>
        WordPattern().Matches(VietnameseText.Normalize(text).ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
