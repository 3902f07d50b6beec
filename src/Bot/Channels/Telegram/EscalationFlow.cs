using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// The Telegram half of escalation: propose the responsible department, let the official pick
/// another field, open the ticket (with any attachments) and tell them its code and deadline.
/// </summary>
public sealed partial class EscalationFlow(
    OfficialRegistry officials,
    EscalationService escalation,
    ConversationStore conversations,
    MinistryCatalog catalog,
    DepartmentRouter router,
    TelegramTicketTexts texts,
    TelegramSender sender,
    ILogger<EscalationFlow> logger)
{
    public async Task ProposeAsync(CallbackQuery query, ShownAnswer answer, CancellationToken cancellationToken)
    {
        var chatId = answer.ChatId;
        await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
        if (await RegisteredOfficialAsync(query, chatId, cancellationToken) is null || await AlreadySentAsync(answer, cancellationToken))
        {
            return;
        }

        var field = catalog.FindField(answer.Field) ?? router.Route(answer.Question, []).Field;
        var department = catalog.DepartmentOf(field.Code);
        var attachments = await conversations.PendingAttachmentsAsync(chatId, query.From.Id, cancellationToken);
        var html = $"Câu hỏi: <i>{TelegramHtml.Escape(answer.Question)}</i>\n"
            + $"Lĩnh vực: <b>{TelegramHtml.Escape(field.Name)}</b>\nĐơn vị đề xuất: <b>{TelegramHtml.Escape(department.Name)}</b>\n"
            + (attachments.Count > 0 ? $"Tệp đính kèm: {attachments.Count}\n" : "Bạn có thể gửi kèm ảnh hoặc tệp PDF trước khi bấm Gửi.\n")
            + "Bấm <b>Gửi câu hỏi</b> để chuyển tới đơn vị này, hoặc chọn lĩnh vực khác.";
        await sender.SendHtmlAsync(chatId, html, Keyboards.EscalationProposal(answer.Id, field), cancellationToken: cancellationToken);
    }

    public async Task OpenTicketAsync(CallbackQuery query, ShownAnswer answer, string? fieldCode, CancellationToken cancellationToken)
    {
        var chatId = answer.ChatId;
        await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
        var official = await RegisteredOfficialAsync(query, chatId, cancellationToken);
        if (official is null || await AlreadySentAsync(answer, cancellationToken))
        {
            return;
        }

        var attachments = await conversations.PendingAttachmentsAsync(chatId, query.From.Id, cancellationToken);
        var field = catalog.FindField(fieldCode)?.Code ?? answer.Field;

        // The answer goes back to the chat the question was asked in.
        var request = new EscalationRequest(
            official with { ChatId = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            answer.Question, field, answer.EntryIds, attachments.Select(a => a.Path).ToList());
        var result = await escalation.OpenAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            await sender.SendHtmlAsync(chatId, TelegramHtml.Escape(result.Problem ?? BotTexts.TurnFailed), cancellationToken: cancellationToken);
            return;
        }

        var ticket = result.Ticket!;
        await conversations.SetTicketAsync(answer.Id, ticket.Code, cancellationToken);
        await conversations.AssignAttachmentsAsync(attachments.Select(a => a.Id), ticket.Code, cancellationToken);
        LogOpened(logger, ticket.Code, answer.Id);
        if (query.Message is { } proposal && proposal.ReplyMarkup is not null)
        {
            await sender.EditButtonsAsync(chatId, proposal.MessageId, null, cancellationToken);
        }

        await sender.SendHtmlAsync(chatId, texts.Opened(ticket, attachments.Count), cancellationToken: cancellationToken);
    }

    public async Task RateStaffAnswerAsync(CallbackQuery query, string ticketCode, bool helpful, CancellationToken cancellationToken)
    {
        var ticket = await escalation.GetByCodeAsync(ticketCode, cancellationToken);
        if (ticket is null || ticket.OfficialId != TelegramOfficials.IdOf(query.From.Id))
        {
            await sender.AnswerCallbackAsync(query.Id, "Chỉ người hỏi mới đánh giá được câu trả lời này.", cancellationToken);
            return;
        }

        await conversations.SaveTicketRatingAsync(ticket.Code, query.From.Id, helpful, cancellationToken);
        await sender.AnswerCallbackAsync(query.Id, BotTexts.Thanks, cancellationToken);
    }

    private async Task<Official?> RegisteredOfficialAsync(CallbackQuery query, long chatId, CancellationToken cancellationToken)
    {
        var official = await officials.GetAsync(TelegramOfficials.IdOf(query.From.Id), cancellationToken);
        if (official is null)
        {
            var where = query.Message?.Chat.Type == ChatType.Private ? "gõ /dangky" : "nhắn riêng cho bot và gõ /dangky";
            await sender.SendHtmlAsync(chatId,
                $"Để gửi câu hỏi tới cán bộ Bộ, bạn cần đăng ký cán bộ trước ({where}). Việc hỏi đáp với bot không cần đăng ký.",
                cancellationToken: cancellationToken);
            return null;
        }

        if (official.Status == OfficialStatus.Rejected)
        {
            await sender.SendHtmlAsync(chatId, "Đăng ký của bạn chưa được chấp thuận nên chưa thể gửi câu hỏi lên Bộ. Vui lòng liên hệ Sở Công Thương.", cancellationToken: cancellationToken);
            return null;
        }

        return official;
    }

    private async Task<bool> AlreadySentAsync(ShownAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.TicketCode is null)
        {
            return false;
        }

        await sender.SendHtmlAsync(answer.ChatId, $"Câu hỏi này đã được gửi (mã <code>{TelegramHtml.Escape(answer.TicketCode)}</code>). Gõ /cauhoi để xem trạng thái.", cancellationToken: cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketCode} opened from answer {AnswerId}")]
    private static partial void LogOpened(ILogger logger, string ticketCode, long answerId);
}
