using Microsoft.Extensions.Options;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>Fails start-up with a clear message when a model is configured but cannot be used.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public static readonly string[] RequiredPrompts = [LlmKernel.AnswerFunction, LlmKernel.RewriteFunction];

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!options.Endpoint!.IsAbsoluteUri || (options.Endpoint.Scheme != Uri.UriSchemeHttp && options.Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Llm:Endpoint must be an absolute http(s) address such as https://api.openai.com/v1 (got '{options.Endpoint}').");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add("Llm:Model is required when Llm:Endpoint is set (for example gpt-4o-mini, or qwen2.5:7b on Ollama).");
        }

        var directory = options.ResolvedPromptsDirectory;
        if (!Directory.Exists(directory))
        {
            failures.Add($"Llm: prompt folder '{directory}' not found. Copy the repository's prompts/ folder next to the application or set Llm:PromptsDirectory.");
        }
        else
        {
            failures.AddRange(RequiredPrompts
                .Where(p => !File.Exists(Path.Combine(directory, p, "skprompt.txt")))
                .Select(p => $"Llm: prompt '{Path.Combine(directory, p, "skprompt.txt")}' not found."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
