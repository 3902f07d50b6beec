using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// The chat model that writes grounded answers (OpenAI-compatible: OpenAI, Azure OpenAI's v1
/// endpoint, Ollama, vLLM). No endpoint = extractive answers only, exactly as without this feature.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Deadline of one model call; past it the extractive answer is sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Tokens the prompt (instructions, numbered sources, question) may take; the answer comes on top.</summary>
    [Range(1000, 2_000_000)]
    public int ContextBudgetTokens { get; set; } = 6000;

    /// <summary>Below this retrieval confidence the model is not asked: the extractive path decides alone.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.3;

    /// <summary>A follow-up with at most this many words is rewritten into a standalone question.</summary>
    [Range(1, 200)]
    public int FollowUpMaxWords { get; set; } = 12;

    /// <summary>Model calls (answers and rewrites) allowed per minute across all officials; 0 = no limit. Past it, extractive answers.</summary>
    [Range(0, 100_000)]
    public int MaxCallsPerMinute { get; set; } = 120;

    /// <summary>Folder of the Semantic Kernel prompt templates, relative to the application folder.</summary>
    [Required]
    public string PromptsDirectory { get; set; } = "prompts";

    public bool IsConfigured => Endpoint is not null;

    public string ResolvedPromptsDirectory => Path.GetFullPath(PromptsDirectory, AppContext.BaseDirectory);
}
