using System.ClientModel.Primitives;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// Azure OpenAI reads the key from an "api-key" header; OpenAI and self-hosted servers read the
/// bearer token. Added only for Azure hosts, so the key never goes anywhere it was not meant for.
/// </summary>
internal sealed class AzureApiKeyPolicy(string apiKey) : PipelinePolicy
{
    public static bool IsAzure(Uri endpoint) =>
        endpoint.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
        || endpoint.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase);

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("api-key", apiKey);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("api-key", apiKey);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
