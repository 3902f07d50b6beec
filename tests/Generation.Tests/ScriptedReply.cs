using System.Text.Json;

namespace MoitBot.Generation.Tests;

/// <summary>What the scripted server sends back: an OpenAI chat.completion with usage, or something broken.</summary>
public sealed record ScriptedReply(int Status, string Body, TimeSpan Delay)
{
    public const int PromptTokens = 321;
    public const int CompletionTokens = 54;

    public static ScriptedReply Completion(string content, TimeSpan delay = default) => new(200, JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = PromptTokens, completion_tokens = CompletionTokens, total_tokens = PromptTokens + CompletionTokens },
    }), delay);

    public static ScriptedReply Raw(int status, string body) => new(status, body, TimeSpan.Zero);
}
