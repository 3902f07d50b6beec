using System.Text.RegularExpressions;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Finds phone numbers (0xxx xxx xxx, +84 ..., 84...), e-mail addresses and the asker's
/// registered name in text before it is published. Pure and table-tested.
/// </summary>
public static partial class PersonalDataDetector
{
    public static IReadOnlyList<PersonalDataFinding> Find(string? text, string? askerName = null) => Find(text, askerName is null ? [] : [askerName]);

    public static IReadOnlyList<PersonalDataFinding> Find(string? text, IEnumerable<string> askerNames)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = VietnameseText.Normalize(text);
        var findings = new List<PersonalDataFinding>();
        findings.AddRange(PhonePattern().Matches(normalized).Select(m => new PersonalDataFinding(PersonalDataKind.Phone, m.Value.Trim())));
        findings.AddRange(EmailPattern().Matches(normalized).Select(m => new PersonalDataFinding(PersonalDataKind.Email, m.Value)));
        foreach (var name in askerNames.Where(n => ContainsName(normalized, n)))
        {
            findings.Add(new PersonalDataFinding(PersonalDataKind.AskerName, VietnameseText.Normalize(name).Trim()));
        }

        return findings.Distinct().ToList();
    }

    /// <summary>The full registered name, as whole words, ignoring case and diacritics ("Nguyễn Văn An" = "nguyen van an").</summary>
    private static bool ContainsName(string text, string? name)
    {
        var folded = VietnameseText.Fold(name).Trim();
        if (folded.Length < 3 || !folded.Contains(' ', StringComparison.Ordinal))
        {
            // A single given name ("An", "Hà") is an ordinary word too often to flag.
            return false;
        }

        var words = string.Join(@"\s+", folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.IsMatch(VietnameseText.Fold(text), $@"(?<![\p{{L}}\p{{N}}]){words}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // Mobile 0[35789]x xxx xxxx and landlines 02xx xxxx xxx, in any grouping by spaces, dots or
    // dashes; +84 / 84 / (+84) instead of the leading 0. Digits glued to other digits, document
    // numbers ("105/2017") and amounts ("10.000.000") do not match.
    [GeneratedRegex(@"(?<![\d/]|\d[.,])(?:\(\+84\)|\+84|84|0)[\s.\-]?[1-9](?:[\s.\-]?\d){7,9}(?![\d/]|[.,]\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();
}
