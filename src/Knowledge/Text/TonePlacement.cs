using System.Text;

namespace MoitBot.Knowledge.Text;

/// <summary>
/// Vietnamese has two accepted placements of the tone mark on the open rhymes oa, oe and uy
/// ("hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy"). Both occur in government files; this puts
/// every such syllable in the traditional placement (on the first vowel) so they compare equal.
/// </summary>
public static class TonePlacement
{
    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    /// <summary>Input must already be NFC.</summary>
    public static string Canonicalize(string text)
    {
        StringBuilder? builder = null;
        var wordStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }

            var length = i - wordStart;
            if (length >= 2 && TryRewrite(text.AsSpan(wordStart, length), out var rewritten))
            {
                builder ??= new StringBuilder(text);
                builder.Remove(wordStart, length).Insert(wordStart, rewritten);
            }

            wordStart = i + 1;
        }

        return builder?.ToString() ?? text;
    }

    private static bool TryRewrite(ReadOnlySpan<char> word, out string rewritten)
    {
        rewritten = string.Empty;
        var last = word[^1].ToString().Normalize(NormalizationForm.FormD);
        var first = char.ToLowerInvariant(word[^2]);
        if (last.Length != 2 || Array.IndexOf(ToneMarks, last[1]) < 0)
        {
            return false;
        }

        var baseVowel = char.ToLowerInvariant(last[0]);
        var isOpenRhyme = (first == 'o' && baseVowel is 'a' or 'e') || (first == 'u' && baseVowel == 'y');
        if (!isOpenRhyme)
        {
            return false;
        }

        // "quý", "quỹ": the u belongs to the initial "qu", the tone stays on y.
        if (first == 'u' && word.Length >= 3 && char.ToLowerInvariant(word[^3]) == 'q')
        {
            return false;
        }

        var tonedFirst = string.Concat(word[^2].ToString(), last[1].ToString()).Normalize(NormalizationForm.FormC);
        rewritten = string.Concat(word[..^2], tonedFirst, last[0].ToString());
        return true;
    }
}
