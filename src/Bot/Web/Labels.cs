using System.Globalization;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Web;

/// <summary>Vietnamese names of statuses, sources and actions shown in the web UI.</summary>
public static class Labels
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Status(EntryStatus status) => status switch
    {
        EntryStatus.Draft => "Bản nháp",
        EntryStatus.Approved => "Đã duyệt",
        _ => "Đã gỡ",
    };

    public static string Source(DraftSource source) => source switch
    {
        DraftSource.StaffAnswer => "Trả lời của cán bộ",
        DraftSource.HelpfulAnswer => "Câu trả lời được đánh giá hữu ích",
        DraftSource.Ingested => "Nguồn nạp tự động",
        DraftSource.Demo => "Dữ liệu mẫu",
        _ => "Biên tập viên",
    };

    public static string Action(EditorialAction action) => action switch
    {
        EditorialAction.Created => "Tạo mới",
        EditorialAction.Edited => "Sửa",
        EditorialAction.Approved => "Duyệt",
        EditorialAction.SentBack => "Trả lại",
        EditorialAction.Rejected => "Từ chối",
        EditorialAction.Retired => "Gỡ khỏi ngân hàng",
        EditorialAction.Reopened => "Mở lại để sửa",
        EditorialAction.Flagged => "Cần rà soát",
        EditorialAction.Suggested => "Gợi ý tự động",
        _ => "Cập nhật văn bản",
    };

    public static string Document(LegalDocumentStatus status) => status switch
    {
        LegalDocumentStatus.InForce => "Còn hiệu lực",
        LegalDocumentStatus.Amended => "Đã được sửa đổi, bổ sung",
        LegalDocumentStatus.Replaced => "Đã bị thay thế",
        _ => "Đã bị bãi bỏ",
    };

    public static string PersonalData(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Phone => "Số điện thoại",
        PersonalDataKind.Email => "E-mail",
        _ => "Tên người hỏi",
    };

    public static string Date(DateTimeOffset value) => value.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", Vietnamese);

    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", Vietnamese);
}
