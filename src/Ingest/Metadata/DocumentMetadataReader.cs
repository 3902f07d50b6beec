using System.Globalization;
using System.Text.RegularExpressions;
using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Metadata;

/// <summary>
/// Reads the standard header of a Vietnamese legal or administrative document: issuer, "Số:
/// 105/2017/NĐ-CP", the type line (NGHỊ ĐỊNH, THÔNG TƯ...), the title after it, "Hà Nội, ngày 14
/// tháng 9 năm 2017", the effective date, and relations (sửa đổi, bổ sung / thay thế / bãi bỏ).
/// </summary>
public static partial class DocumentMetadataReader
{
    private const int HeaderLines = 40;

    private static readonly (string Folded, string Display, string Symbol)[] Types =
    [
        ("luat", "Luật", "QH"), ("nghi dinh", "Nghị định", "NĐ"), ("thong tu", "Thông tư", "TT"), ("quyet dinh", "Quyết định", "QĐ"),
        ("cong van", "Công văn", "CV"), ("huong dan", "Hướng dẫn", "HD"), ("chi thi", "Chỉ thị", "CT"), ("nghi quyet", "Nghị quyết", "NQ"),
        ("thong bao", "Thông báo", "TB"), ("ke hoach", "Kế hoạch", "KH"),
    ];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static DocumentMetadata Read(IReadOnlyList<string> lines)
    {
        var header = lines.Take(HeaderLines).TakeWhile(l => !l.StartsWith("Điều ", StringComparison.Ordinal)).ToList();
        var number = header.Select(l => NumberLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value.TrimEnd('.', ',');
        var folded = header.Select(l => VietnameseText.Fold(l).Trim()).ToList();
        var typeIndex = folded.FindIndex(f => Types.Any(t => f == t.Folded));
        var type = typeIndex >= 0 ? Types.First(t => t.Folded == folded[typeIndex]).Display : TypeFromNumber(number);
        return new DocumentMetadata
        {
            Number = number,
            Type = type,
            Issuer = Issuer(header),
            Title = Title(header, typeIndex),
            IssuedOn = header.Select(l => ToDate(IssueDate().Match(l))).FirstOrDefault(d => d is not null),
            EffectiveOn = lines.Select(l => ToDate(EffectiveDate().Match(l))).FirstOrDefault(d => d is not null),
            Relations = Relations(lines, number),
        };
    }

    /// <summary>Document numbers as written in a text: "105/2017/NĐ-CP", "1234/BCT-TTTN".</summary>
    public static IEnumerable<string> FindNumbers(string text) => DocumentNumberText().Matches(text).Select(m => m.Value);

    private static string? TypeFromNumber(string? number)
    {
        var symbol = number?.Split('/').LastOrDefault()?.Split('-')[0];
        var known = Types.FirstOrDefault(t => string.Equals(t.Symbol, symbol, StringComparison.OrdinalIgnoreCase) && t.Symbol != "CV");
        if (known.Display is not null)
        {
            return known.Display;
        }

        return number is not null && number.Count(c => c == '/') == 1 && number.Contains('-', StringComparison.Ordinal) ? "Công văn" : null;
    }

    private static string? Issuer(List<string> header)
    {
        foreach (var line in header)
        {
            var folded = VietnameseText.Fold(line);
            if (folded.StartsWith("so", StringComparison.Ordinal) || folded.StartsWith("cong hoa", StringComparison.Ordinal)
                || folded.StartsWith("doc lap", StringComparison.Ordinal) || Types.Any(t => folded.Trim() == t.Folded))
            {
                continue;
            }

            if (line.Length is > 3 and < 80 && line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper))
            {
                return Vietnamese.TextInfo.ToTitleCase(line.Trim().ToLower(Vietnamese));
            }
        }

        return null;
    }

    private static string? Title(List<string> header, int typeIndex)
    {
        var candidates = typeIndex >= 0 ? header.Skip(typeIndex + 1) : header.Where(l => l.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
        var title = candidates
            .TakeWhile(l => !l.StartsWith("Căn cứ", StringComparison.Ordinal) && !l.StartsWith("Kính gửi", StringComparison.Ordinal) && !l.StartsWith("Chương", StringComparison.OrdinalIgnoreCase))
            .Take(2)
            .ToList();
        var text = string.Join(' ', title).Trim();
        return text.Length == 0 ? null : text.Length > 200 ? text[..200] : text;
    }

    private static List<DocumentRelation> Relations(IReadOnlyList<string> lines, string? ownNumber)
    {
        var found = new List<DocumentRelation>();
        foreach (var line in lines.Where(l => !l.StartsWith("Căn cứ", StringComparison.Ordinal)))
        {
            var folded = VietnameseText.Fold(line);
            var relation = folded.Contains("sua doi, bo sung", StringComparison.Ordinal) || folded.Contains("sua doi bo sung", StringComparison.Ordinal) ? DocumentRelation.Amends
                : folded.Contains("thay the", StringComparison.Ordinal) ? DocumentRelation.Replaces
                : folded.Contains("bai bo", StringComparison.Ordinal) ? DocumentRelation.Repeals
                : null;
            if (relation is null)
            {
                continue;
            }

            foreach (var target in FindNumbers(line).Where(n => ownNumber is null || !DocumentNumber.SameDocument(n, ownNumber)))
            {
                var candidate = new DocumentRelation(relation, target);
                if (!found.Contains(candidate))
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    private static DateOnly? ToDate(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"^Số\s*[:.]?\s*(\d{1,5}/[\p{L}\d/\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+(?:(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})|(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveDate();

    [GeneratedRegex(@"\b\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-ZĐ\d]*(?:-[A-ZĐ\d]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumberText();
}
