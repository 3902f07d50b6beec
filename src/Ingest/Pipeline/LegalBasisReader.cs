using System.Text.RegularExpressions;
using MoitBot.Ingest.Metadata;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Pipeline;

/// <summary>Turns a "Căn cứ pháp lý" cell ("Điều 25 Nghị định 105/2017/NĐ-CP") into legal references.</summary>
public static partial class LegalBasisReader
{
    private static readonly (string Folded, string Display)[] Types =
    [
        ("nghi dinh", "Nghị định"), ("thong tu", "Thông tư"), ("quyet dinh", "Quyết định"), ("luat", "Luật"),
        ("cong van", "Công văn"), ("chi thi", "Chỉ thị"), ("nghi quyet", "Nghị quyết"),
    ];

    public static IReadOnlyList<LegalReference> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var numbers = DocumentMetadataReader.FindNumbers(text).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return [new LegalReference { Title = text.Trim(), Article = Find(Article(), text, "Điều"), Clause = Find(Clause(), text, "Khoản"), Point = Find(Point(), text, "Điểm") }];
        }

        var references = new List<LegalReference>();
        foreach (var number in numbers)
        {
            var before = text[..text.IndexOf(number, StringComparison.Ordinal)];
            var foldedBefore = VietnameseText.Fold(before);
            var type = Types.Where(t => foldedBefore.Contains(t.Folded, StringComparison.Ordinal))
                .OrderByDescending(t => foldedBefore.LastIndexOf(t.Folded, StringComparison.Ordinal)).Select(t => t.Display).FirstOrDefault();
            var single = numbers.Count == 1;
            references.Add(new LegalReference
            {
                DocumentNumber = number,
                DocumentType = type,
                Article = single ? Find(Article(), text, "Điều") : null,
                Clause = single ? Find(Clause(), text, "Khoản") : null,
                Point = single ? Find(Point(), text, "Điểm") : null,
            });
        }

        return references;
    }

    private static string? Find(Regex regex, string text, string label) =>
        regex.Match(text) is { Success: true } m ? $"{label} {m.Groups[1].Value}" : null;

    [GeneratedRegex(@"Điều\s+(\d+[a-zđ]?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"Khoản\s+(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    [GeneratedRegex(@"Điểm\s+([a-zđ])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Point();
}
