using System.Globalization;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>How tickets are described to the official who asked (HTML, Vietnamese, local time).</summary>
public sealed class TelegramTicketTexts(WorkingCalendar calendar, MinistryCatalog catalog)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string Deadline(DateTimeOffset deadline)
    {
        var local = calendar.ToLocal(deadline);
        return $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} {local.ToString("dddd", Vietnamese)}, ngày {local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
    }

    public string Opened(Ticket ticket, int attachments)
    {
        var department = catalog.FindDepartment(ticket.Department)?.Name ?? ticket.Department;
        var text = $"✅ Đã gửi câu hỏi tới <b>{TelegramHtml.Escape(department)}</b> (Bộ Công Thương).\n"
            + $"Mã tra cứu: <code>{TelegramHtml.Escape(ticket.Code)}</code>\n"
            + $"Hạn trả lời: <b>{Deadline(ticket.DeadlineAt)}</b>";
        if (ticket.Status == TicketStatus.Duplicate)
        {
            text += "\nCâu hỏi tương tự đang được xử lý; bạn sẽ nhận câu trả lời cùng lúc.";
        }

        if (attachments > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"\nTệp đính kèm: {attachments}");
        }

        return text + "\nGõ /cauhoi để xem trạng thái.";
    }

    public string Summary(Ticket ticket)
    {
        var status = ticket.Status switch
        {
            TicketStatus.Open => "đang chờ xử lý",
            TicketStatus.Claimed => "cán bộ Bộ đang xử lý",
            TicketStatus.WaitingAuthority => "đang chờ ý kiến cơ quan có thẩm quyền",
            TicketStatus.Answered => "đã trả lời",
            TicketStatus.Duplicate => "gộp với câu hỏi tương tự đang xử lý",
            _ => ticket.Status.ToString(),
        };
        var question = ticket.Question.Length > 200 ? string.Concat(ticket.Question.AsSpan(0, 199), "…") : ticket.Question;
        var line = $"<code>{TelegramHtml.Escape(ticket.Code)}</code> – {status}\n<i>{TelegramHtml.Escape(question)}</i>";
        return ticket.IsOpen ? $"{line}\nHạn trả lời: {Deadline(ticket.DeadlineAt)}" : line;
    }
}
