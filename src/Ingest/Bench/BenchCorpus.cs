using System.Globalization;

namespace MoitBot.Ingest.Bench;

/// <summary>
/// A large synthetic corpus for the benchmark: decrees (DOCX) with chapters, articles, clauses
/// and points; multi-page guidance PDFs; Q&amp;A workbooks. Seeded, so two runs write the same files.
/// </summary>
public static class BenchCorpus
{
    private static readonly string[] Subjects =
    [
        "cửa hàng bán lẻ xăng dầu", "chợ hạng 3", "cơ sở sản xuất rượu thủ công", "điểm bán lẻ sản phẩm thuốc lá", "cụm công nghiệp",
        "kho chứa hóa chất", "cơ sở kinh doanh thực phẩm", "trạm biến áp phân phối", "sàn giao dịch thương mại điện tử", "cửa hàng khí hóa lỏng",
    ];

    private static readonly string[] Duties =
    [
        "lập hồ sơ theo dõi và lưu giữ tối thiểu 05 năm", "báo cáo định kỳ sáu tháng một lần về Ủy ban nhân dân cấp xã",
        "niêm yết công khai giá bán và giấy phép tại nơi kinh doanh", "bố trí người được huấn luyện về an toàn",
        "trang bị phương tiện phòng cháy và chữa cháy tại chỗ", "phối hợp với Sở Công Thương khi có sự cố",
        "bảo đảm khoảng cách an toàn với khu dân cư", "kiểm tra thiết bị điện trước mỗi mùa mưa bão",
    ];

    private static readonly string[] Header = ["Câu hỏi", "Trả lời", "Lĩnh vực", "Căn cứ pháp lý"];

    public static (int Files, int QaRows) Generate(string folder, int docx, int pdf, int pagesPerPdf, int qaRows)
    {
        var random = new Random(20260314);
        Directory.CreateDirectory(Path.Combine(folder, "nghi-dinh"));
        Directory.CreateDirectory(Path.Combine(folder, "huong-dan"));
        Directory.CreateDirectory(Path.Combine(folder, "hoi-dap"));
        for (var i = 1; i <= docx; i++)
        {
            CorpusWriter.WriteDocx(Path.Combine(folder, "nghi-dinh", $"nd-{i:D5}.docx"), Decree(i, random));
        }

        var font = File.Exists(CorpusWriter.VietnameseFont) ? File.ReadAllBytes(CorpusWriter.VietnameseFont) : null;
        for (var i = 1; i <= pdf; i++)
        {
            var pages = Enumerable.Range(1, pagesPerPdf).Select(p => GuidancePage(i, p, random)).ToList();
            CorpusWriter.WritePdf(Path.Combine(folder, "huong-dan", $"hd-{i:D5}.pdf"), pages, font);
        }

        const int RowsPerWorkbook = 2000;
        var workbooks = 0;
        for (var start = 0; start < qaRows; start += RowsPerWorkbook, workbooks++)
        {
            var rows = new List<IReadOnlyList<string>> { Header };
            for (var r = start; r < Math.Min(qaRows, start + RowsPerWorkbook); r++)
            {
                var subject = Pick(Subjects, random);
                rows.Add(new[]
                {
                    $"Câu hỏi số {r + 1}: {subject} tại xã có phải {Pick(Duties, random)} không?",
                    $"Có. Theo hướng dẫn, {subject} phải {Pick(Duties, random)} và {Pick(Duties, random)}.",
                    string.Empty,
                    $"Điều {random.Next(1, 40)} Nghị định {random.Next(1, 200)}/20{random.Next(10, 26)}/NĐ-CP",
                });
            }

            CorpusWriter.WriteXlsx(Path.Combine(folder, "hoi-dap", $"hoi-dap-{workbooks + 1:D3}.xlsx"), "Hỏi đáp", rows);
        }

        return (docx + pdf + workbooks, qaRows);
    }

    private static List<string> Decree(int number, Random random)
    {
        var subject = Pick(Subjects, random);
        var lines = new List<string>
        {
            "|CHÍNH PHỦ|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|",
            $"|Số: {number}/2026/NĐ-CP|Độc lập - Tự do - Hạnh phúc|",
            string.Create(CultureInfo.InvariantCulture, $"| |Hà Nội, ngày {random.Next(1, 28)} tháng {random.Next(1, 12)} năm 2026|"),
            "NGHỊ ĐỊNH",
            $"Quy định về quản lý {subject} số {number}",
            "Căn cứ Luật Tổ chức Chính phủ;",
        };
        var article = 0;
        for (var chapter = 1; chapter <= 2; chapter++)
        {
            lines.Add($"Chương {chapter}");
            lines.Add(chapter == 1 ? "QUY ĐỊNH CHUNG" : "TRÁCH NHIỆM THI HÀNH");
            for (var a = 0; a < 4; a++)
            {
                article++;
                lines.Add($"Điều {article}. Trách nhiệm của {subject} thứ {article}");
                lines.Add($"Tổ chức, cá nhân quản lý {subject} có trách nhiệm sau đây:");
                for (var clause = 1; clause <= 2; clause++)
                {
                    lines.Add($"{clause}. {Capitalise(Pick(Duties, random))} đối với {subject} trên địa bàn cấp xã; {Pick(Duties, random)}.");
                    if (clause == 2 && a % 2 == 0)
                    {
                        lines.Add($"a) {Capitalise(Pick(Duties, random))};");
                        lines.Add($"b) {Capitalise(Pick(Duties, random))}.");
                    }
                }
            }
        }

        return lines;
    }

    private static List<string> GuidancePage(int number, int page, Random random)
    {
        var lines = page == 1
            ? new List<string> { "SỞ CÔNG THƯƠNG", $"Số: {number}/HD-SCT", "HƯỚNG DẪN", $"Thực hiện quản lý {Pick(Subjects, random)} số {number}" }
            : [];
        for (var paragraph = 0; paragraph < 12; paragraph++)
        {
            lines.Add($"{Capitalise(Pick(Subjects, random))} cần {Pick(Duties, random)}, đồng thời {Pick(Duties, random)}; trang {page} mục {paragraph + 1}.");
        }

        return lines;
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    private static string Capitalise(string text) => string.Concat(char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")), text[1..]);
}
