namespace MoitBot.Knowledge.Text;

/// <summary>Abbreviations officials type, expanded to their folded words so either spelling matches.</summary>
public static class Abbreviations
{
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["qltt"] = ["quan", "ly", "thi", "truong"],
        ["attp"] = ["an", "toan", "thuc", "pham"],
        ["tmdt"] = ["thuong", "mai", "dien", "tu"],
        ["ubnd"] = ["uy", "ban", "nhan", "dan"],
        ["hdnd"] = ["hoi", "dong", "nhan", "dan"],
        ["gcn"] = ["giay", "chung", "nhan"],
        ["gpkd"] = ["giay", "phep", "kinh", "doanh"],
        ["gp"] = ["giay", "phep"],
        ["dkkd"] = ["dang", "ky", "kinh", "doanh"],
        ["hkd"] = ["ho", "kinh", "doanh"],
        ["sxkd"] = ["san", "xuat", "kinh", "doanh"],
        ["kd"] = ["kinh", "doanh"],
        ["nd"] = ["nghi", "dinh"],
        ["nd-cp"] = ["nghi", "dinh", "chinh", "phu"],
        ["tt"] = ["thong", "tu"],
        ["tt-bct"] = ["thong", "tu", "bo", "cong", "thuong"],
        ["qd"] = ["quyet", "dinh"],
        ["bct"] = ["bo", "cong", "thuong"],
        ["sct"] = ["so", "cong", "thuong"],
        ["cp"] = ["chinh", "phu"],
        ["pccc"] = ["phong", "chay", "chua", "chay"],
        ["vlncn"] = ["vat", "lieu", "no", "cong", "nghiep"],
        ["xttm"] = ["xuc", "tien", "thuong", "mai"],
        ["lpg"] = ["khi", "dau", "mo", "hoa", "long"],
        ["tthc"] = ["thu", "tuc", "hanh", "chinh"],
        ["vbqppl"] = ["van", "ban", "quy", "pham", "phap", "luat"],
    };

    /// <summary>The folded words an abbreviation stands for, or null when the token is not one.</summary>
    public static IReadOnlyList<string>? Expand(string foldedToken) =>
        Expansions.TryGetValue(foldedToken, out var words) ? words : null;

    public static IReadOnlyCollection<string> Known => Expansions.Keys;
}
