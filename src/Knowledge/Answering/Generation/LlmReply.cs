namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>What the model wrote and what it cost (token counts as the server reported them; 0 when it did not).</summary>
public sealed record LlmReply(string Text, int PromptTokens, int CompletionTokens);
