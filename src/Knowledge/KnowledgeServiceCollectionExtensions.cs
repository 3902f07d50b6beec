using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Retrieval.Qdrant;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Synonyms;
using MoitBot.Knowledge.Text;
using OpenAI;
using Qdrant.Client;

namespace MoitBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Registers the bank, the index chosen by Knowledge:Index, the embedder and answering.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QdrantOptions>().BindConfiguration(QdrantOptions.Section).ValidateDataAnnotations()
            .Validate<IOptions<KnowledgeOptions>>((qdrant, knowledge) => !knowledge.Value.UsesQdrant || qdrant.HasUsableUrl, QdrantOptions.UrlRequired)
            .Validate<IOptions<KnowledgeOptions>>((qdrant, knowledge) => !knowledge.Value.UsesQdrant || qdrant.NamesGrpcPort, QdrantOptions.GrpcPortRequired)
            .ValidateOnStart();
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmbeddingsOptions>().BindConfiguration(EmbeddingsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new SqliteDatabase(configuration.GetConnectionString("MoitBot")));
        services.AddSingleton<ISchemaModule, KnowledgeSchema>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton(_ => MinistryCatalog.LoadDefault());
        services.AddSingleton<TermStatistics>();
        services.AddSingleton<KnowledgeBank>();
        services.AddSingleton<KnowledgeInitializer>();
        services.AddSingleton<ISchemaModule, SynonymSchema>();
        services.AddSingleton<QueryExpander>();
        services.AddSingleton<SynonymStore>();
        services.AddSingleton<SynonymCatalog>();
        services.AddSingleton<Retriever>();
        services.AddSingleton<ConfidenceEstimator>();
        services.AddSingleton<ExtractiveAnswerComposer>();
        services.AddSingleton<DepartmentRouter>();
        services.AddSingleton<AnswerService>();
        services.AddGeneration();
        services.AddSingleton(CreateEmbedder);
        services.AddSingleton(CreateIndex);
        services.AddEscalation();
        services.AddSingleton<IndexConsistencyChecker>();
        services.AddSingleton(CreateQdrantClient);
        services.AddSingleton<QdrantKnowledgeIndex>();
        services.AddSingleton<QdrantReindexer>();
        services.AddEditorial();
        return services;
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateEmbedder(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        if (!options.IsRemote)
        {
            return new HashingEmbeddingGenerator(options.Dimensions);
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new OptionsValidationException(EmbeddingsOptions.Section, typeof(EmbeddingsOptions), ["Embeddings:Model is required when Embeddings:Endpoint is set."]);
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey), new OpenAIClientOptions { Endpoint = options.Endpoint });
        return client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator();
    }

    private static QdrantClient CreateQdrantClient(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<QdrantOptions>>().Value;
        if (!options.HasUsableUrl)
        {
            throw new OptionsValidationException(QdrantOptions.Section, typeof(QdrantOptions), [QdrantOptions.UrlRequired]);
        }

        return new QdrantClient(options.Url!, string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey, options.Timeout);
    }

    private static IKnowledgeIndex CreateIndex(IServiceProvider provider)
    {
        var choice = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Index;
        return choice switch
        {
            _ when string.Equals(choice, "Embedded", StringComparison.OrdinalIgnoreCase) =>
                new EmbeddedKnowledgeIndex(provider.GetRequiredService<IOptions<RetrievalOptions>>()),
            _ when string.Equals(choice, "Qdrant", StringComparison.OrdinalIgnoreCase) => provider.GetRequiredService<QdrantKnowledgeIndex>(),
            _ => throw new InvalidOperationException($"Unknown Knowledge:Index '{choice}'. Use 'Embedded' or 'Qdrant'."),
        };
    }
}
