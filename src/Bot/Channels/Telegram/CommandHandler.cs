using System.Globalization;
using System.Text;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>/start, /huongdan, /linhvuc, /phancap, /cauhoi, /dangky, /mamoi, /huy.</summary>
public sealed class CommandHandler(
    TelegramSender sender,
    MinistryCatalog catalog,
    KnowledgeStore knowledge,
    EscalationService escalation,
    OfficialRegistry officials,
    RegistrationDialog registration,
    TelegramTicketTexts ticketTexts)
{
    public Task HandleAsync(Message message, TelegramCommand command, CancellationToken cancellationToken) => command.Name switch
    {
        "start" => SendAsync(message, BotTexts.Welcome, cancellationToken),
        "huongdan" or "help" => SendAsync(message, BotTexts.Help, cancellationToken),
        "linhvuc" => FieldsAsync(message, cancellationToken),
        "phancap" => HandbookAsync(message, command.Arguments, cancellationToken),
        "cauhoi" => PrivateOnlyAsync(message, () => MyQuestionsAsync(message, cancellationToken), cancellationToken),
        "dangky" => PrivateOnlyAsync(message, () => registration.StartAsync(message, cancellationToken), cancellationToken),
        "mamoi" => PrivateOnlyAsync(message, () => InviteCodeAsync(message, command.Arguments, cancellationToken), cancellationToken),
        "huy" => registration.CancelAsync(message, cancellationToken),
        _ => SendAsync(message, BotTexts.UnknownCommand, cancellationToken),
    };

    private Task<Message> SendAsync(Message message, string html, CancellationToken cancellationToken) =>
        sender.SendHtmlAsync(message.Chat.Id, html, cancellationToken: cancellationToken);

    private Task PrivateOnlyAsync(Message message, Func<Task> action, CancellationToken cancellationToken) =>
        message.Chat.Type == ChatType.Private ? action() : SendAsync(message, BotTexts.PrivateOnly, cancellationToken);

    private Task<Message> FieldsAsync(Message message, CancellationToken cancellationToken) =>
        sender.SendHtmlAsync(message.Chat.Id, "<b>Các lĩnh vực</b>\nChọn một lĩnh vực để xem các câu hỏi thường gặp:", Keyboards.Fields(catalog.Fields), cancellationToken: cancellationToken);

    private async Task HandbookAsync(Message message, string filter, CancellationToken cancellationToken)
    {
        var entries = (await knowledge.ListAsync([EntryStatus.Approved], cancellationToken)).Where(e => e.Kind == EntryKind.Handbook).ToList();
        var words = VietnameseText.Fold(filter).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = words.Length == 0 ? entries : entries.Where(e => VietnameseText.Fold(e.Title + " " + e.SearchBody) is var text && words.All(w => text.Contains(w, StringComparison.Ordinal))).ToList();
        if (matching.Count == 0)
        {
            await SendAsync(message, "Sổ tay phân cấp chưa có mục phù hợp. Gõ /phancap để xem tất cả các mục.", cancellationToken);
            return;
        }

        await sender.SendHtmlAsync(message.Chat.Id,
            "<b>Sổ tay phân cấp</b>\nViệc nào do UBND cấp xã, việc nào do tỉnh (Sở Công Thương), việc nào do Bộ Công Thương thực hiện. Chọn một mục:",
            Keyboards.Entries(CallbackData.Handbook, matching.Take(30)), cancellationToken: cancellationToken);
    }

    private async Task MyQuestionsAsync(Message message, CancellationToken cancellationToken)
    {
        var officialId = TelegramOfficials.IdOf(message.From!.Id);
        var tickets = await escalation.ListForOfficialAsync(officialId, cancellationToken);
        if (tickets.Count == 0)
        {
            await SendAsync(message, "Bạn chưa gửi câu hỏi nào tới cán bộ Bộ.", cancellationToken);
            return;
        }

        var html = new StringBuilder("<b>Câu hỏi của bạn</b>");
        foreach (var ticket in tickets.OrderByDescending(t => t.ReceivedAt).Take(10))
        {
            html.Append("\n\n").Append(ticketTexts.Summary(ticket));
        }

        await SendAsync(message, html.ToString(), cancellationToken);
    }

    private async Task InviteCodeAsync(Message message, string code, CancellationToken cancellationToken)
    {
        var officialId = TelegramOfficials.IdOf(message.From!.Id);
        var official = await officials.GetAsync(officialId, cancellationToken);
        if (official is null)
        {
            await SendAsync(message, "Bạn chưa đăng ký. Gõ /dangky để đăng ký trước, sau đó nhập mã mời.", cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            await SendAsync(message, "Gõ mã mời sau lệnh, ví dụ: <code>/mamoi ABCD2345</code>", cancellationToken);
            return;
        }

        var verified = await officials.RedeemInviteCodeAsync(officialId, code, cancellationToken);
        await SendAsync(message, verified is not null
            ? string.Create(CultureInfo.InvariantCulture, $"✅ Đã xác minh tài khoản cán bộ của bạn ({TelegramHtml.Escape(verified.Province)}).")
            : "Mã mời không hợp lệ, đã hết hạn, đã được dùng hoặc không thuộc tỉnh/thành phố bạn đăng ký.", cancellationToken);
    }
}
