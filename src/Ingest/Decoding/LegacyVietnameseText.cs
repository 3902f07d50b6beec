using System.Text;
using System.Text.RegularExpressions;

namespace MoitBot.Ingest.Decoding;

/// <summary>
/// Detects text typed in TCVN3 or VNI fonts (it reads as "Bé C«ng Th­¬ng" or "Boä Coâng Thöông"
/// once the font is gone) and converts it to Unicode with the standard code tables.
/// </summary>
public static partial class LegacyVietnameseText
{
    private const int MinimumEvidence = 2;

    private static readonly Dictionary<char, string> Tcvn3Map = BuildTcvn3();
    private static readonly (string From, string To)[] VniMap = BuildVni();

    public static LegacyEncoding Detect(string? text) => DetectWithEvidence(text).Encoding;

    /// <summary>The likely encoding and how many of its tell-tale marks the text has.</summary>
    public static (LegacyEncoding Encoding, int Evidence) DetectWithEvidence(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (LegacyEncoding.None, 0);
        }

        var tcvn = 0;
        var unicode = 0;
        foreach (var c in text)
        {
            if (LegacyVietnameseTables.Tcvn3Markers.Contains(c, StringComparison.Ordinal))
            {
                tcvn++;
            }
            else if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư')
            {
                unicode++;
            }
        }

        var vni = VniEvidence().Count(text);
        var (encoding, evidence) = tcvn >= vni ? (LegacyEncoding.Tcvn3, tcvn) : (LegacyEncoding.Vni, vni);
        return evidence >= MinimumEvidence && evidence > unicode ? (encoding, evidence) : (LegacyEncoding.None, 0);
    }

    /// <summary>
    /// How much a text reads as Vietnamese: letters only Vietnamese uses count for it; symbols
    /// that legacy fonts borrow and combining marks left uncomposed count against it.
    /// </summary>
    public static int Plausibility(string text)
    {
        var score = 0;
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormC))
        {
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư')
            {
                score++;
            }
            else if (c is (>= '\u0300' and <= '\u036F') or '\uFFFD' || LegacyVietnameseTables.Tcvn3Markers.Contains(c, StringComparison.Ordinal))
            {
                score -= 3;
            }
        }

        return score;
    }

    public static string Convert(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => ConvertTcvn3(text),
        LegacyEncoding.Vni => ConvertVni(text),
        _ => text,
    };

    private static string ConvertTcvn3(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Tcvn3Map.TryGetValue(c, out var letter) ? letter : c.ToString());
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string ConvertVni(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (from, to) in VniMap)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    builder.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(text[i++]);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<char, string> BuildTcvn3()
    {
        var map = new Dictionary<char, string>();
        for (var i = 0; i < LegacyVietnameseTables.Tcvn3.Length; i++)
        {
            map.TryAdd(LegacyVietnameseTables.Tcvn3[i], LegacyVietnameseTables.Letters[i].ToString());
        }

        return map;
    }

    private static (string, string)[] BuildVni()
    {
        var pairs = new List<(string From, string To)>();
        for (var i = 0; i < LegacyVietnameseTables.Vni.Length; i++)
        {
            var from = LegacyVietnameseTables.Vni[i];
            var to = LegacyVietnameseTables.Letters[i].ToString();
            pairs.Add((from, to));
            if (from.Any(char.IsLower))
            {
                var upper = to.ToUpperInvariant();
                pairs.Add((from.ToUpperInvariant(), upper));
                if (from.Length == 2)
                {
                    // A capitalised word: "Aùp duïng" is "Áp dụng".
                    pairs.Add((string.Concat(char.ToUpperInvariant(from[0]), from[1]), upper));
                }
            }
        }

        // Longest first so "ôù" (ớ) wins over "ô" (ơ).
        return pairs.DistinctBy(p => p.From).OrderByDescending(p => p.From.Length).ToArray();
    }

    [GeneratedRegex("[aeiouyôöAEIOUYÔÖ][ùøûõïäåëüÙØÛÕÏÄÅËÜ]|[aeoAEO][âÂ]|[aA][êÊ]|[ñÑ]")]
    private static partial Regex VniEvidence();
}
