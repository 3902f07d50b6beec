using System.ClientModel;
using System.ClientModel.Primitives;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;
using OpenAI.Chat;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// The Semantic Kernel with the OpenAI-compatible chat connector and the prompt functions loaded
/// from the prompts/ folder at run time. Built only when Llm:Endpoint is set.
/// </summary>
public sealed class LlmKernel : IDisposable
{
    public const string AnswerFunction = "Answer";
    public const string RewriteFunction = "Rewrite";
    private const string PluginName = "MoitBot";

    private readonly Kernel? _kernel;
    private readonly KernelFunction? _answer;
    private readonly KernelFunction? _rewrite;
    private readonly TokenBucketRateLimiter? _limiter;

    /// <remarks>
    /// The kernel gets no logger: it would log every failed call as an error with a stack trace,
    /// while a failed call here is an expected fallback that <see cref="GroundedAnswerGenerator"/>
    /// logs once, with its reason, and records.
    /// </remarks>
    public LlmKernel(IOptions<LlmOptions> options)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            // A failed call falls back to the extractive answer at once; the official is waiting.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Our own deadline (Llm:Timeout) decides; the transport's must not fire first.
            NetworkTimeout = settings.Timeout + TimeSpan.FromSeconds(30),
        };
        var apiKey = string.IsNullOrEmpty(settings.ApiKey) ? "unused" : settings.ApiKey;
        if (AzureApiKeyPolicy.IsAzure(settings.Endpoint!))
        {
            clientOptions.AddPolicy(new AzureApiKeyPolicy(apiKey), PipelinePosition.PerCall);
        }

        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(settings.Model!, new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions));
        _kernel = builder.Build();

        var directory = settings.ResolvedPromptsDirectory;
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Llm: prompt folder '{directory}' not found. Copy the repository's prompts/ folder next to the application or set Llm:PromptsDirectory.");
        }

        var plugin = _kernel.CreatePluginFromPromptDirectory(directory, PluginName);
        _answer = Function(plugin, AnswerFunction, directory);
        _rewrite = Function(plugin, RewriteFunction, directory);
        AnswerTemplate = File.ReadAllText(Path.Combine(directory, AnswerFunction, "skprompt.txt"));
        Model = settings.Model!;
        if (settings.MaxCallsPerMinute > 0)
        {
            // Officials trigger calls; a burst (or a loop in a client) must not run up the bill.
            _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.MaxCallsPerMinute,
                TokensPerPeriod = settings.MaxCallsPerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }
    }

    public bool IsEnabled => _kernel is not null;

    public string Model { get; } = string.Empty;

    /// <summary>The answer prompt's own text, counted against the context budget.</summary>
    public string AnswerTemplate { get; } = string.Empty;

    /// <summary>Takes one call from the per-minute allowance; false = do not call the model now.</summary>
    public bool TryAcquireCall()
    {
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();

    public Task<LlmReply> AnswerAsync(string sources, string question, CancellationToken cancellationToken) =>
        InvokeAsync(_answer, new KernelArguments { ["sources"] = sources, ["question"] = question }, cancellationToken);

    public Task<LlmReply> RewriteAsync(string previousQuestion, string question, CancellationToken cancellationToken) =>
        InvokeAsync(_rewrite, new KernelArguments { ["previous_question"] = previousQuestion, ["question"] = question }, cancellationToken);

    private async Task<LlmReply> InvokeAsync(KernelFunction? function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        if (_kernel is null || function is null)
        {
            throw new InvalidOperationException("No language model is configured (Llm:Endpoint is empty).");
        }

        var result = await _kernel.InvokeAsync(function, arguments, cancellationToken);
        var usage = result.Metadata is { } metadata && metadata.TryGetValue("Usage", out var value) ? value as ChatTokenUsage : null;
        return new LlmReply(result.GetValue<string>() ?? string.Empty, usage?.InputTokenCount ?? 0, usage?.OutputTokenCount ?? 0);
    }

    private static KernelFunction Function(KernelPlugin plugin, string name, string directory) =>
        plugin.TryGetFunction(name, out var function)
            ? function
            : throw new InvalidOperationException($"Llm: prompt '{name}' (folder '{Path.Combine(directory, name)}' with skprompt.txt) not found.");
}
