using MoitBot.Knowledge.Text;

namespace MoitBot.Bench.Officials;

/// <summary>
/// The section codes of a procedure sheet and the labels they go by. An answer's section is
/// detectable when its text names one of these labels; then it must name the expected one.
/// </summary>
internal static class ProcedureSections
{
    private static readonly Dictionary<string, string[]> Labels = new(StringComparer.Ordinal)
    {
        ["trinh-tu"] = ["Trình tự thực hiện"],
        ["cach-thuc"] = ["Cách thức thực hiện"],
        ["thanh-phan-ho-so"] = ["Thành phần hồ sơ", "Thành phần, số lượng hồ sơ"],
        ["thoi-han"] = ["Thời hạn giải quyết"],
        ["doi-tuong"] = ["Đối tượng thực hiện"],
        ["co-quan"] = ["Cơ quan thực hiện", "Cơ quan có thẩm quyền", "Địa chỉ tiếp nhận HS"],
        ["ket-qua"] = ["Kết quả thực hiện"],
        ["phi-le-phi"] = ["Phí, lệ phí", "Lệ phí"],
        ["can-cu-phap-ly"] = ["Căn cứ pháp lý"],
        ["mau-don"] = ["Mẫu đơn, tờ khai"],
        ["yeu-cau-dieu-kien"] = ["Yêu cầu, điều kiện thực hiện"],
    };

    public static IReadOnlyCollection<string> Codes => Labels.Keys;

    public static bool IsKnown(string code) => Labels.ContainsKey(code);

    /// <summary>True or false when the text names a section label; null when it names none (not detectable).</summary>
    public static bool? IsFrom(string answerText, string expectedCode)
    {
        var folded = VietnameseText.Fold(answerText);
        bool Names(string label) => folded.Contains(VietnameseText.Fold(label), StringComparison.Ordinal);
        var named = Labels.Where(l => l.Value.Any(Names)).Select(l => l.Key).ToList();
        return named.Count == 0 ? null : named.Contains(expectedCode, StringComparer.Ordinal);
    }
}
