using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Answering;

/// <summary>Turns raw user input into a question, or a clear Vietnamese reason why it is not one.</summary>
public static class QuestionValidator
{
    public static (string Question, string? Problem) Check(string? input, int maxLength)
    {
        var question = VietnameseText.Normalize(input).Trim();
        if (question.Length == 0)
        {
            return (question, "Bạn chưa nhập câu hỏi. Hãy gõ câu hỏi về lĩnh vực công thương, ví dụ: \"Thủ tục cấp giấy phép bán lẻ rượu cần hồ sơ gì?\"");
        }

        if (question.Length > maxLength)
        {
            return (question[..maxLength], $"Câu hỏi quá dài ({question.Length} ký tự, tối đa {maxLength}). Vui lòng rút gọn, nêu một vấn đề mỗi lần hỏi.");
        }

        if (!TextAnalyzer.Analyze(question).Any(t => t.Kind != TermKind.Bigram))
        {
            return (question, "Không nhận ra nội dung câu hỏi. Vui lòng đặt câu hỏi bằng chữ, ví dụ: \"Cửa hàng xăng dầu cần điều kiện gì?\"");
        }

        return (question, null);
    }
}
