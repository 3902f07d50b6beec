using System.Globalization;
using System.Text;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Vietnamese wording and formatting shared by the card, reminders and the digest.</summary>
public static class CardText
{
    public static string Format(DateTimeOffset local) => local.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string SlaText(SlaState state) => state switch
    {
        SlaState.OnTime => "còn hạn",
        SlaState.DueSoon => "sắp đến hạn",
        SlaState.Late => "quá hạn",
        _ => "tạm dừng tính hạn, chờ ý kiến cơ quan có thẩm quyền",
    };

    public static string SlaColor(SlaState state) => state switch
    {
        SlaState.OnTime => "Good",
        SlaState.DueSoon => "Warning",
        SlaState.Late => "Attention",
        _ => "Accent",
    };

    public static string StatusText(Ticket ticket) => ticket.Status switch
    {
        TicketStatus.Open => "Chưa có người nhận",
        TicketStatus.Claimed => $"Đang xử lý: {ticket.ClaimedBy}",
        TicketStatus.WaitingAuthority => "Chờ ý kiến cơ quan có thẩm quyền",
        TicketStatus.Answered => "Đã trả lời",
        _ => "Đã gộp với phiếu khác",
    };

    public static string EventText(TicketEvent e) => e.Action switch
    {
        "opened" => "Tiếp nhận câu hỏi",
        "claimed" => $"{Escape(e.Actor)} nhận xử lý",
        "answered" => $"{Escape(e.Actor)} đã trả lời",
        "linked-entry" => $"{Escape(e.Actor)} trả lời bằng mục hỏi đáp {Escape(e.Detail ?? string.Empty)}",
        "reassigned" => $"{Escape(e.Actor)} chuyển sang đơn vị {Escape(e.Detail ?? string.Empty)}",
        "waiting-authority" => $"{Escape(e.Actor)} xin ý kiến {Escape(e.Detail ?? string.Empty)} (tạm dừng tính hạn)",
        "resumed" => $"{Escape(e.Actor)} tiếp tục xử lý",
        "legal-joined" => $"{Escape(e.Actor)} mời Vụ Pháp chế phối hợp",
        "reopened" => "Cán bộ xã hỏi thêm; phiếu được mở lại",
        _ => $"{Escape(e.Actor)}: {Escape(e.Action)}",
    };

    /// <summary>Officials' text is shown as written: markdown and mention markup in it is neutralised.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '[' or ']' or '*' or '_' or '`' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
