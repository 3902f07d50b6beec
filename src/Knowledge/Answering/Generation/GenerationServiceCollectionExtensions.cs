using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Answering.Generation;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>Model-written answers (Llm section); with no Llm:Endpoint everything here stays idle.</summary>
    public static IServiceCollection AddGeneration(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddSingleton<ISchemaModule, GenerationSchema>();
        services.AddSingleton<LlmKernel>();
        services.AddSingleton<GeneratedAnswerVerifier>();
        services.AddSingleton<GenerationRecorder>();
        services.AddSingleton<GroundedAnswerGenerator>();
        return services;
    }
}
