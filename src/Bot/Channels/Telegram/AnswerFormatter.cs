using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Turns answers and cited passages into Telegram HTML; every piece of bank or user text is escaped.</summary>
public sealed class AnswerFormatter(IOptions<AnsweringOptions> options)
{
    public string Format(Answer answer)
    {
        var html = new StringBuilder(TelegramHtml.Escape(answer.Text));
        if (answer.Outcome == AnswerOutcome.Answered && answer.Citations.Count > 0)
        {
            html.Append("\n\n<b>Căn cứ:</b>");
            var n = 1;
            foreach (var citation in answer.Citations)
            {
                html.Append('\n').Append(n++).Append(". ").Append(Citation(citation));
            }
        }

        if (answer.Outcome == AnswerOutcome.Answered)
        {
            html.Append("\n\n<i>").Append(ConfidenceHint(answer.Confidence)).Append("</i>");
        }
        else if (answer.Outcome == AnswerOutcome.NoGuidance)
        {
            html.Append("\n\nBấm <b>Hỏi cán bộ Bộ</b> để gửi câu hỏi tới đơn vị phụ trách.");
        }

        return html.ToString();
    }

    public static string Citation(Citation citation)
    {
        var html = new StringBuilder(TelegramHtml.Link(citation.Url, citation.Title));
        if (!string.IsNullOrWhiteSpace(citation.DocumentNumber) && !citation.Title.Contains(citation.DocumentNumber, StringComparison.OrdinalIgnoreCase))
        {
            html.Append(" – số ").Append(TelegramHtml.Escape(citation.DocumentNumber));
        }

        if (!string.IsNullOrWhiteSpace(citation.Article))
        {
            html.Append(", ").Append(TelegramHtml.Escape(citation.Article));
        }

        return html.ToString();
    }

    /// <summary>The cited passages themselves, for the "Xem căn cứ" button.</summary>
    public string FormatSources(IReadOnlyList<KnowledgeEntry> entries, Func<KnowledgeEntry, IReadOnlyList<Citation>> citations)
    {
        if (entries.Count == 0)
        {
            return BotTexts.AnswerExpired;
        }

        var html = new StringBuilder();
        foreach (var entry in entries)
        {
            if (html.Length > 0)
            {
                html.Append("\n\n");
            }

            html.Append("<b>").Append(TelegramHtml.Escape(entry.Title)).Append("</b>");
            foreach (var citation in citations(entry))
            {
                html.Append('\n').Append("• ").Append(Citation(citation));
            }

            html.Append("\n<blockquote>").Append(TelegramHtml.Escape(entry.SearchBody.Trim())).Append("</blockquote>");
        }

        return html.ToString();
    }

    private string ConfidenceHint(double confidence)
    {
        var level = confidence >= 0.8 ? "cao" : confidence >= options.Value.ConfidenceThreshold + 0.1 ? "khá" : "vừa – nên đối chiếu văn bản gốc";
        return $"Độ tin cậy: {level} ({confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
    }
}
