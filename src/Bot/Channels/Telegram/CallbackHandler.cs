using System.Globalization;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Storage;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Inline buttons: feedback, cited passages, escalation, field and handbook browsing, registration.</summary>
public sealed class CallbackHandler(
    TelegramSender sender,
    ConversationStore conversations,
    KnowledgeStore knowledge,
    ExtractiveAnswerComposer composer,
    AnswerFormatter formatter,
    MinistryCatalog catalog,
    EscalationFlow escalation,
    RegistrationDialog registration,
    QuestionLog questionLog,
    DraftSuggestions suggestions)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var data = CallbackData.Parse(query.Data);
        var chatId = query.Message?.Chat.Id;
        if (data is null || chatId is null)
        {
            await sender.AnswerCallbackAsync(query.Id, BotTexts.AnswerExpired, cancellationToken);
            return;
        }

        switch (data.Action)
        {
            case CallbackData.Helpful or CallbackData.NotHelpful or CallbackData.Sources or CallbackData.Escalate or CallbackData.EscalateChooseField or CallbackData.EscalateSend:
                await AnswerButtonAsync(query, chatId.Value, data, cancellationToken);
                break;
            case CallbackData.Field:
                await FieldAsync(query, chatId.Value, data.Argument, cancellationToken);
                break;
            case CallbackData.Entry or CallbackData.Handbook:
                await EntryAsync(query, chatId.Value, data.Argument, cancellationToken);
                break;
            case CallbackData.Province when int.TryParse(data.Argument, CultureInfo.InvariantCulture, out var index):
                await registration.ChooseProvinceAsync(query, index, cancellationToken);
                break;
            case CallbackData.RateStaffAnswer:
                await escalation.RateStaffAnswerAsync(query, data.Argument, data.Extra == "up", cancellationToken);
                break;
            default:
                await sender.AnswerCallbackAsync(query.Id, BotTexts.AnswerExpired, cancellationToken);
                break;
        }
    }

    private async Task AnswerButtonAsync(CallbackQuery query, long chatId, CallbackData data, CancellationToken cancellationToken)
    {
        // An answer is looked up together with the chat it was shown in: nothing crosses chats.
        var answer = data.ArgumentAsId is { } id ? await conversations.GetAnswerAsync(id, chatId, cancellationToken) : null;
        if (answer is null)
        {
            await sender.AnswerCallbackAsync(query.Id, BotTexts.AnswerExpired, cancellationToken);
            return;
        }

        // In a group anyone sees the buttons, but only the asker may send their question to the ministry.
        if (data.Action is CallbackData.Escalate or CallbackData.EscalateChooseField or CallbackData.EscalateSend && query.From.Id != answer.UserId)
        {
            await sender.AnswerCallbackAsync(query.Id, BotTexts.AskerOnly, cancellationToken);
            return;
        }

        switch (data.Action)
        {
            case CallbackData.Helpful or CallbackData.NotHelpful:
                var helpful = data.Action == CallbackData.Helpful;
                await conversations.SaveFeedbackAsync(answer.Id, query.From.Id, helpful, cancellationToken);
                if (answer.QuestionLogId is { } logId)
                {
                    await questionLog.RecordFeedbackAsync(logId, helpful, cancellationToken);
                }

                // An answer officials keep marking helpful becomes a suggestion for editors (with its count).
                if (helpful && answer.Outcome == nameof(AnswerOutcome.Answered) && answer.EntryIds.Count > 0)
                {
                    await suggestions.SuggestFromHelpfulAnswerAsync(answer.Question, answer.EntryIds[0], cancellationToken);
                }

                await sender.AnswerCallbackAsync(query.Id, BotTexts.Thanks, cancellationToken);
                if (!helpful)
                {
                    await sender.SendHtmlAsync(chatId, BotTexts.ThanksNotRight, cancellationToken: cancellationToken);
                }

                break;
            case CallbackData.Sources:
                await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
                var entries = await knowledge.GetManyAsync(answer.EntryIds.ToList(), cancellationToken);
                var ordered = answer.EntryIds.Select(i => entries.FirstOrDefault(e => e.Id == i)).OfType<KnowledgeEntry>().ToList();
                await sender.SendHtmlAsync(chatId, formatter.FormatSources(ordered, composer.CitationsFor), cancellationToken: cancellationToken);
                break;
            case CallbackData.Escalate:
                await escalation.ProposeAsync(query, answer, cancellationToken);
                break;
            case CallbackData.EscalateChooseField:
                await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
                await sender.SendHtmlAsync(chatId, "Chọn lĩnh vực của câu hỏi:", Keyboards.FieldChoice(answer.Id, catalog.Fields), cancellationToken: cancellationToken);
                break;
            case CallbackData.EscalateSend:
                await escalation.OpenTicketAsync(query, answer, data.Extra, cancellationToken);
                break;
        }
    }

    private async Task FieldAsync(CallbackQuery query, long chatId, string fieldCode, CancellationToken cancellationToken)
    {
        var field = catalog.FindField(fieldCode);
        await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
        if (field is null)
        {
            return;
        }

        var counts = await conversations.AnswerCountsAsync(cancellationToken);
        var entries = (await knowledge.ListAsync([EntryStatus.Approved], cancellationToken))
            .Where(e => e.Field == field.Code && e.Kind == EntryKind.QuestionAnswer)
            .OrderByDescending(e => counts.GetValueOrDefault(e.Id))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(8)
            .ToList();
        var text = entries.Count == 0
            ? $"Lĩnh vực <b>{TelegramHtml.Escape(field.Name)}</b> chưa có câu hỏi trong ngân hàng. Bạn có thể đặt câu hỏi trực tiếp."
            : $"<b>{TelegramHtml.Escape(field.Name)}</b> – câu hỏi thường gặp\nĐơn vị phụ trách: {TelegramHtml.Escape(catalog.DepartmentOf(field.Code).Name)}";
        await sender.SendHtmlAsync(chatId, text, entries.Count == 0 ? null : Keyboards.Entries(CallbackData.Entry, entries), cancellationToken: cancellationToken);
    }

    private async Task EntryAsync(CallbackQuery query, long chatId, string entryId, CancellationToken cancellationToken)
    {
        await sender.AnswerCallbackAsync(query.Id, cancellationToken: cancellationToken);
        var entry = await knowledge.GetAsync(entryId, cancellationToken);
        if (entry is not { Status: EntryStatus.Approved })
        {
            await sender.SendHtmlAsync(chatId, BotTexts.AnswerExpired, cancellationToken: cancellationToken);
            return;
        }

        var question = entry.Question ?? entry.Title;
        var answer = new Answer
        {
            Text = composer.Compose(question, entry),
            Outcome = AnswerOutcome.Answered,
            Citations = composer.CitationsFor(entry),
            Confidence = 1,
            Field = catalog.FindField(entry.Field),
            Sources = [entry],
        };
        var answerId = await conversations.SaveAnswerAsync(chatId, query.From.Id, question, answer.Outcome.ToString(), entry.Field, [entry.Id], cancellationToken);
        var html = $"<b>{TelegramHtml.Escape(question)}</b>\n\n{formatter.Format(answer)}";
        await sender.SendHtmlAsync(chatId, html, Keyboards.ForAnswer(answerId, answer.Outcome), cancellationToken: cancellationToken);
    }
}
