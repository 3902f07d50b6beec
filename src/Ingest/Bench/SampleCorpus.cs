using System.Text;

namespace MoitBot.Ingest.Bench;

/// <summary>
/// A small folder of ministry-style files written for MoitBot (fictional document numbers, our
/// own wording): a decree (DOCX), a provincial guidance (PDF), past Q&amp;A (XLSX, official)
/// and past Q&amp;A exported from an old system (CSV in Windows-1258).
/// </summary>
public static class SampleCorpus
{
    public const string DecreeFile = "nghi-dinh-45-2026-nd-cp.docx";
    public const string GuidanceFile = "huong-dan-312-hd-sct.pdf";
    public const string QaWorkbookFile = "hoi-dap-da-tra-loi.xlsx";
    public const string QaCsvFile = "hoi-dap-cu-windows-1258.csv";

    public static IReadOnlyList<string> DecreeLines { get; } =
    [
        "|CHÍNH PHỦ|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|",
        "|Số: 45/2026/NĐ-CP|Độc lập - Tự do - Hạnh phúc|",
        "| |Hà Nội, ngày 14 tháng 3 năm 2026|",
        "NGHỊ ĐỊNH",
        "Quy định về cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai trên địa bàn cấp xã",
        "Căn cứ Luật Tổ chức Chính phủ;",
        "Theo đề nghị của Bộ trưởng Bộ Công Thương;",
        "Chính phủ ban hành Nghị định quy định về cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai trên địa bàn cấp xã.",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "Nghị định này quy định điều kiện, trình tự kiểm tra và trách nhiệm quản lý đối với cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai đặt tại xã, phường.",
        "Điều 2. Đối tượng áp dụng",
        "Nghị định này áp dụng đối với thương nhân, hộ kinh doanh bán lẻ khí dầu mỏ hóa lỏng chai và Ủy ban nhân dân cấp xã nơi đặt cửa hàng.",
        "Chương II",
        "ĐIỀU KIỆN VÀ KIỂM TRA",
        "Điều 5. Điều kiện đối với cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai",
        "Cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai phải đáp ứng các điều kiện sau đây:",
        "1. Địa điểm kinh doanh cách cổng trường học, cơ sở khám bệnh, chữa bệnh và chợ tối thiểu 30 mét.",
        "2. Trang bị bình chữa cháy xách tay theo diện tích cửa hàng:",
        "a) Cửa hàng có diện tích dưới 50 mét vuông trang bị ít nhất 02 bình chữa cháy bột loại 8 kg;",
        "b) Cửa hàng có diện tích từ 50 mét vuông trở lên trang bị ít nhất 04 bình chữa cháy bột loại 8 kg.",
        "3. Tổng lượng khí dầu mỏ hóa lỏng chai lưu giữ tại cửa hàng không vượt quá 700 kg.",
        "Điều 6. Kiểm tra cửa hàng",
        "1. Ủy ban nhân dân cấp xã kiểm tra việc chấp hành điều kiện kinh doanh của cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai ít nhất 01 lần mỗi năm.",
        "2. Khi phát hiện cửa hàng không bảo đảm điều kiện tại Điều 5 Nghị định này, Ủy ban nhân dân cấp xã lập biên bản và báo cáo Sở Công Thương trong thời hạn 05 ngày làm việc.",
        "Điều 7. Mức thu phí thẩm định điều kiện",
        "|Loại cửa hàng|Mức thu|Ghi chú|",
        "|Diện tích dưới 50 mét vuông|300.000 đồng/lần|Nộp tại bộ phận một cửa cấp xã|",
        "|Diện tích từ 50 mét vuông trở lên|500.000 đồng/lần|Nộp tại bộ phận một cửa cấp xã|",
        "Chương III",
        "ĐIỀU KHOẢN THI HÀNH",
        "Điều 9. Hiệu lực thi hành",
        "1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2026.",
        "2. Nghị định này thay thế Nghị định số 88/2015/NĐ-CP về quản lý cửa hàng khí dầu mỏ hóa lỏng.",
    ];

    public static IReadOnlyList<IReadOnlyList<string>> GuidancePages { get; } =
    [
        [
            "SỞ CÔNG THƯƠNG TỈNH LAM SƠN",
            "Số: 312/HD-SCT",
            "Lam Sơn, ngày 02 tháng 4 năm 2026",
            "HƯỚNG DẪN",
            "Kiểm tra an toàn điện tại chợ do Ủy ban nhân dân cấp xã quản lý",
            "Điều 1. Phạm vi hướng dẫn",
            "Hướng dẫn này áp dụng cho việc kiểm tra hệ thống điện tại các chợ hạng 3 do Ủy ban nhân dân cấp xã quản lý.",
            "Điều 2. Nội dung kiểm tra hệ thống điện của chợ",
            "1. Tủ điện tổng của chợ phải có khóa, đặt cao hơn mặt sàn ít nhất 1,5 mét và có biển cảnh báo nguy hiểm.",
        ],
        [
            "2. Dây dẫn điện trong khu vực kinh doanh phải được luồn trong ống bảo vệ không cháy; không được treo dây điện trên mái che bằng vật liệu dễ cháy.",
            "3. Mỗi ki-ốt phải có aptomat riêng có dòng định mức không quá 32 ampe.",
            "Điều 3. Chế độ báo cáo",
            "Ban quản lý chợ báo cáo kết quả tự kiểm tra an toàn điện về Ủy ban nhân dân cấp xã trước ngày 15 tháng 12 hằng năm.",
        ],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> QaRows { get; } =
    [
        ["Câu hỏi", "Trả lời", "Lĩnh vực", "Căn cứ pháp lý", "Đơn vị trả lời", "Ngày"],
        ["Xã có được cấp giấy xác nhận cho cơ sở sản xuất nước mắm truyền thống quy mô hộ gia đình không?",
            "Theo phân cấp của tỉnh Lam Sơn, Ủy ban nhân dân cấp xã tiếp nhận hồ sơ và cấp giấy xác nhận kiến thức an toàn thực phẩm cho hộ sản xuất nước mắm truyền thống trong 07 ngày làm việc.",
            "An toàn thực phẩm", "Điều 12 Quyết định 27/2026/QĐ-UBND", "Cục Công nghiệp", "2026-02-10"],
        ["Hộ kinh doanh bán rượu thủ công tại nhà có phải kê khai sản lượng với xã không?",
            "Hộ kinh doanh sản xuất rượu thủ công để bán cho doanh nghiệp có giấy phép sản xuất rượu phải đăng ký với Ủy ban nhân dân cấp xã; việc kê khai sản lượng thực hiện mỗi quý một lần theo mẫu của Sở Công Thương tỉnh Lam Sơn.",
            "ruou", "Khoản 2 Điều 8 Hướng dẫn 40/HD-SCT", "Vụ Thị trường trong nước", "2026-01-20"],
    ];

    public static IReadOnlyList<IReadOnlyList<string>> LegacyCsvRows { get; } =
    [
        ["Câu hỏi", "Trả lời", "Lĩnh vực"],
        ["Ai cấp phép cho cụm công nghiệp làng nghề mây tre đan ở xã Đồng Vọng?",
            "Theo ghi nhận năm 2019, Ủy ban nhân dân tỉnh quyết định thành lập cụm công nghiệp làng nghề mây tre đan Đồng Vọng; xã phối hợp giải phóng mặt bằng.",
            "Khuyến công"],
    ];

    /// <summary>Writes the four sample files with sidecars: the decree's field and link, the workbook marked official.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        CorpusWriter.WriteDocx(Path.Combine(folder, DecreeFile), DecreeLines);
        File.WriteAllText(Path.Combine(folder, DecreeFile + ".meta.json"), "{ \"field\": \"xang-dau\", \"sourceUrl\": \"https://example.gov.vn/van-ban/45-2026-nd-cp\" }\n");
        CorpusWriter.WritePdf(Path.Combine(folder, GuidanceFile), GuidancePages);
        CorpusWriter.WriteXlsx(Path.Combine(folder, QaWorkbookFile), "Hỏi đáp 2026", QaRows);
        File.WriteAllText(Path.Combine(folder, QaWorkbookFile + ".meta.json"), "{ \"status\": \"approved\", \"sourceUrl\": \"https://moit.gov.vn/hoi-dap\" }\n");
        CorpusWriter.WriteCsv(Path.Combine(folder, QaCsvFile), LegacyCsvRows, Encoding.GetEncoding(1258));
    }
}
