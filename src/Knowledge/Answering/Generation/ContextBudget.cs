using Microsoft.ML.Tokenizers;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// Counts tokens with the o200k tokenizer (GPT-4o family). Self-hosted models tokenize Vietnamese
/// differently, so the budget is an estimate; the margin in Llm:ContextBudgetTokens absorbs it.
/// </summary>
public static class ContextBudget
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public static int Count(string text) => text.Length == 0 ? 0 : Tokenizer.Value.CountTokens(text);

    /// <summary>The longest prefix of the text within the token count.</summary>
    public static string Truncate(string text, int maxTokens)
    {
        if (maxTokens <= 0)
        {
            return string.Empty;
        }

        var index = Tokenizer.Value.GetIndexByTokenCount(text, maxTokens, out _, out _);
        return text[..Math.Clamp(index, 0, text.Length)];
    }
}
