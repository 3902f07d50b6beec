using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Free text: a question answered from the bank with citations, confidence and buttons.</summary>
public sealed partial class QuestionHandler(
    AnswerService answers,
    GroundedAnswerGenerator generator,
    AnswerFormatter formatter,
    ConversationStore conversations,
    QuestionRateLimiter limiter,
    TelegramSender sender,
    QuestionLog questionLog,
    OfficialRegistry officials,
    ILogger<QuestionHandler> logger)
{
    /// <summary>How long the previous question is kept as context for a short follow-up.</summary>
    public static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(30);

    public async Task AskAsync(Message message, string text, CancellationToken cancellationToken)
    {
        var chatId = message.Chat.Id;
        var userId = message.From?.Id ?? chatId;
        var replyTo = message.Chat.Type == global::Telegram.Bot.Types.Enums.ChatType.Private ? (int?)null : message.MessageId;
        if (!limiter.TryAcquire(userId))
        {
            LogRateLimited(logger, userId);
            await sender.SendHtmlAsync(chatId, BotTexts.RateLimited, replyTo: replyTo, cancellationToken: cancellationToken);
            return;
        }

        var previous = await conversations.LastQuestionAsync(chatId, FollowUpWindow, cancellationToken);
        bool isFollowUp;
        string question;
        Answer answer;
        if (generator.IsEnabled && previous is not null)
        {
            // A configured model rewrites a follow-up into a standalone question.
            answer = await answers.AskAsync(text, previous, cancellationToken);
            isFollowUp = answer.RewrittenQuestion is not null;
            question = answer.RewrittenQuestion ?? text;
        }
        else
        {
            isFollowUp = previous is not null && FollowUpRule.IsFollowUp(text);
            question = FollowUpRule.Combine(previous, text);
            answer = await answers.AskAsync(question, cancellationToken);
        }
        if (answer.Outcome == AnswerOutcome.InvalidQuestion)
        {
            await sender.SendHtmlAsync(chatId, TelegramHtml.Escape(answer.Text), replyTo: replyTo, cancellationToken: cancellationToken);
            return;
        }

        if (!isFollowUp)
        {
            await conversations.SetLastQuestionAsync(chatId, text, cancellationToken);
        }

        var entryIds = (answer.Outcome == AnswerOutcome.Answered ? answer.Sources : answer.Retrieved.Take(3)).Select(e => e.Id).ToList();
        // The operators' figures (questions per day, bot vs escalated, provinces) come from this log.
        var official = await officials.GetAsync(TelegramOfficials.IdOf(userId), cancellationToken);
        var logId = await questionLog.RecordAsync("telegram", question, answer, official?.Id, official?.Province, cancellationToken);
        var answerId = await conversations.SaveAnswerAsync(chatId, userId, question, answer.Outcome.ToString(), answer.Field?.Code, entryIds, cancellationToken, logId);
        LogAnswered(logger, answerId, answer.Outcome, answer.Confidence, isFollowUp);
        var html = formatter.Format(answer);
        if (isFollowUp)
        {
            html = $"<i>Câu hỏi được hiểu là: {TelegramHtml.Escape(question)}</i>\n\n{html}";
        }

        await sender.SendHtmlAsync(chatId, html, Keyboards.ForAnswer(answerId, answer.Outcome), replyTo, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Question rate limit reached for user {UserId}")]
    private static partial void LogRateLimited(ILogger logger, long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer {AnswerId}: {Outcome}, confidence {Confidence}, follow-up {IsFollowUp}")]
    private static partial void LogAnswered(ILogger logger, long answerId, AnswerOutcome outcome, double confidence, bool isFollowUp);
}
