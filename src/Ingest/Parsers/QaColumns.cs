using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Parsers;

/// <summary>
/// Finds the Q&amp;A columns of a spreadsheet or export by their header, in Vietnamese or
/// English, with or without diacritics: Câu hỏi / Question, Trả lời / Answer, Lĩnh vực / Field,
/// Căn cứ pháp lý / Legal basis, Đơn vị trả lời / Department, Ngày / Date.
/// </summary>
public sealed partial class QaColumns
{
    private static readonly (string Role, string[] Names)[] Known =
    [
        ("question", ["cau hoi", "question", "noi dung cau hoi", "noi dung hoi", "hoi"]),
        ("answer", ["tra loi", "answer", "cau tra loi", "noi dung tra loi", "dap"]),
        ("field", ["linh vuc", "field", "chuyen nganh"]),
        ("legal", ["can cu phap ly", "legal basis", "can cu", "co so phap ly", "legalbasis", "legal_basis"]),
        ("department", ["don vi tra loi", "department", "don vi", "co quan tra loi"]),
        ("date", ["ngay", "date", "ngay tra loi", "ngay hoi"]),
    ];

    private readonly Dictionary<string, int> _columns;

    private QaColumns(Dictionary<string, int> columns) => _columns = columns;

    public bool HasQuestion => _columns.ContainsKey("question");

    public bool HasAnswer => _columns.ContainsKey("answer");

    /// <summary>Maps header cells to roles; exact names win over names that merely contain a known word.</summary>
    public static QaColumns Match(IReadOnlyList<string?> headers)
    {
        var folded = headers.Select(h => Normalise(h)).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var exact in new[] { true, false })
        {
            foreach (var (role, names) in Known)
            {
                if (columns.ContainsKey(role))
                {
                    continue;
                }

                var index = folded.FindIndex(h => h.Length > 0 && !columns.ContainsValue(folded.IndexOf(h))
                    && names.Any(n => exact ? h == n : h.StartsWith(n + " ", StringComparison.Ordinal)));
                if (index >= 0)
                {
                    columns[role] = index;
                }
            }
        }

        return new QaColumns(columns);
    }

    public string? Get(IReadOnlyList<string?> row, string role) =>
        _columns.TryGetValue(role, out var index) && index < row.Count && !string.IsNullOrWhiteSpace(row[index]) ? row[index]!.Trim() : null;

    /// <summary>A record from a data row, or null (with the reason) when question or answer is missing.</summary>
    public QaRecord? ToRecord(IReadOnlyList<string?> row, string sheet, int rowNumber, out string? skipReason)
    {
        var question = Get(row, "question");
        var answer = Get(row, "answer");
        skipReason = null;
        if (question is null && answer is null)
        {
            return null;
        }

        if (question is null || answer is null)
        {
            skipReason = $"{sheet} row {rowNumber}: {(question is null ? "no question" : "no answer")}, skipped";
            return null;
        }

        return new QaRecord(question, answer)
        {
            Field = Get(row, "field"),
            LegalBasis = Get(row, "legal"),
            Department = Get(row, "department"),
            Date = Get(row, "date"),
            Sheet = sheet,
            Row = rowNumber,
        };
    }

    private static string Normalise(string? header) =>
        string.Join(' ', VietnameseText.Fold(CamelCase().Replace(header ?? string.Empty, "$1 $2")).Split([' ', '_', '-', '/', '(', ')', ':', '.'], StringSplitOptions.RemoveEmptyEntries));

    [System.Text.RegularExpressions.GeneratedRegex("([a-z])([A-Z])")]
    private static partial System.Text.RegularExpressions.Regex CamelCase();
}
