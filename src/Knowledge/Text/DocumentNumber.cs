using System.Text.RegularExpressions;

namespace MoitBot.Knowledge.Text;

/// <summary>
/// A Vietnamese legal document number such as 105/2017/NĐ-CP, kept whole and compared across
/// spellings: "105/2017/ND-CP", "105 / 2017 / NĐ - CP" and "nghị định 105/2017" all match it.
/// </summary>
public sealed partial record DocumentNumber(string Number, int? Year, string? Symbol)
{
    /// <summary>Folded, canonical key: "105/2017/nd-cp", or "105/2017" when only number and year are known.</summary>
    public string Key => Symbol is null
        ? (Year is null ? Number : $"{Number}/{Year}")
        : Year is null ? $"{Number}/{Symbol}" : $"{Number}/{Year}/{Symbol}";

    /// <summary>The key without the issuer symbol ("105/2017"), which a short mention in a question matches.</summary>
    public string? ShortKey => Year is null ? null : $"{Number}/{Year}";

    /// <summary>Conventional spelling rebuilt from the key: "105/2017/NĐ-CP", "1234/QĐ-BCT".</summary>
    public string Display
    {
        get
        {
            var symbol = Symbol is null ? null : string.Join('-', Symbol.Split('-').Select(part => part switch
            {
                "nd" => "NĐ",
                "qd" => "QĐ",
                _ => part.ToUpperInvariant(),
            }));
            return string.Join('/', new[] { Number, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), symbol }.Where(p => p is not null));
        }
    }

    public static DocumentNumber? TryParse(string? text)
    {
        var all = FindAll(text);
        return all.Count == 1 ? all[0] : null;
    }

    /// <summary>Finds every document number mentioned in a text.</summary>
    public static IReadOnlyList<DocumentNumber> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = VietnameseText.Fold(text);
        var found = new List<DocumentNumber>();
        foreach (Match match in Pattern().Matches(folded))
        {
            var number = match.Groups["num"].Value.TrimStart('0');
            if (number.Length == 0)
            {
                number = "0";
            }

            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var symbol = match.Groups["sym"].Success ? Regex.Replace(match.Groups["sym"].Value, @"\s+", string.Empty) : null;
            if (year is null && symbol is null)
            {
                continue;
            }

            var candidate = new DocumentNumber(number, year, symbol);
            if (!found.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>True when both denote the same document; a missing symbol on either side matches any symbol.</summary>
    public bool Matches(DocumentNumber other) =>
        Number == other.Number
        && (Year is null || other.Year is null || Year == other.Year)
        && (Symbol is null || other.Symbol is null || Symbol == other.Symbol)
        && (Year is not null || other.Year is not null || Symbol is not null);

    public static bool SameDocument(string? a, string? b)
    {
        var x = TryParse(a);
        var y = TryParse(b);
        return x is not null && y is not null && x.Matches(y);
    }

    public override string ToString() => Key;

    // number / year / symbol such as nd-cp, tt-bct, qh13, ubtvqh13, qd-ttg; year and symbol each optional.
    [GeneratedRegex(@"(?<![\w/])(?<num>\d{1,5})\s*/\s*(?:(?<year>(?:19|20)\d{2})(?!\d)\s*(?:/\s*(?<sym>[a-z]{1,10}\d{0,2}(?:\s*-\s*[a-z]{1,10}\d{0,2}){0,3}))?|(?<sym>[a-z]{1,10}\d{0,2}(?:\s*-\s*[a-z]{1,10}\d{0,2}){0,3}))(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
