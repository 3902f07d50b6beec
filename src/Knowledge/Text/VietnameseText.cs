using System.Globalization;
using System.Text;

namespace MoitBot.Knowledge.Text;

/// <summary>Normalisation and diacritic folding for Vietnamese text.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Cleans text for storage and display: drops control characters and unpaired surrogates,
    /// composes to NFC and puts tone marks in one placement ("hoà" -> "hòa", "thuỷ" -> "thủy").
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = RemoveInvalidCharacters(text);
        var composed = cleaned.Normalize(NormalizationForm.FormC);
        return TonePlacement.Canonicalize(composed);
    }

    /// <summary>Lower-case, diacritic-free form used for matching: "Điện lực" -> "dien luc".</summary>
    public static string Fold(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return normalized;
        }

        var decomposed = normalized.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes every diacritic but keeps the case: "Đăng ký" -> "Dang ky".</summary>
    public static string StripDiacritics(string? text)
    {
        var normalized = Normalize(text);
        var decomposed = normalized.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string RemoveInvalidCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = true;
            if (char.IsHighSurrogate(c))
            {
                keep = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (keep)
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                keep = false;
            }
            else if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                keep = false;
            }

            if (!keep)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(c == '\r' ? '\n' : ' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
