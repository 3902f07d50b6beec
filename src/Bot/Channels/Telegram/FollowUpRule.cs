using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// "còn hồ sơ thì sao?" only makes sense after the previous question: a short message, or one
/// that opens with còn / thế / vậy / và, is searched together with the chat's last question.
/// </summary>
public static class FollowUpRule
{
    public const int ShortQuestionWords = 6;

    private static readonly string[] Openers = ["con", "the", "vay", "va"];

    public static bool IsFollowUp(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (words.Length < ShortQuestionWords)
        {
            return true;
        }

        var first = VietnameseText.Fold(words[0]).Trim(',', '.', '?', '!', ':', ';');
        return Openers.Contains(first, StringComparer.Ordinal);
    }

    /// <summary>The text to search: the new text alone, or the previous question followed by it.</summary>
    public static string Combine(string? previousQuestion, string text) =>
        string.IsNullOrWhiteSpace(previousQuestion) || !IsFollowUp(text) ? text : $"{previousQuestion} {text}";
}
