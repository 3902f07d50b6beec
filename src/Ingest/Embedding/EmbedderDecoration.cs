using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace MoitBot.Ingest.Embedding;

/// <summary>Wraps the embedder that AddKnowledge registered (retries here; a counting decorator in tests).</summary>
public static class EmbedderDecoration
{
    public static IServiceCollection DecorateEmbedder(
        this IServiceCollection services,
        Func<IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>, IEmbeddingGenerator<string, Embedding<float>>> decorate)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>))
            ?? throw new InvalidOperationException("No embedder is registered: call AddKnowledge first.");
        services.Remove(descriptor);
        services.AddSingleton(provider => decorate(provider, Create(descriptor, provider)));
        return services;
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IEmbeddingGenerator<string, Embedding<float>>)(descriptor.ImplementationFactory?.Invoke(provider)
            ?? descriptor.ImplementationInstance
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
