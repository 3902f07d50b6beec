using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoitBot.Ingest.Embedding;
using MoitBot.Ingest.Parsers;
using MoitBot.Ingest.Pipeline;
using MoitBot.Ingest.Splitting;
using MoitBot.Ingest.Storage;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>The knowledge core (same bank and configuration as the bot) plus parsers, splitter, ledger and runner; no in-process index of its own.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledge(configuration);
        if (string.Equals(configuration["Knowledge:Index"] ?? "Embedded", "Embedded", StringComparison.OrdinalIgnoreCase))
        {
            services.Replace(ServiceDescriptor.Singleton<IKnowledgeIndex, BankOnlyIndex>());
        }

        services.AddSingleton<ISchemaModule, IngestSchema>();
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SplitterOptions>().BindConfiguration(SplitterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDocumentParser, DocxParser>();
        services.AddSingleton<IDocumentParser, PdfParser>();
        services.AddSingleton<IDocumentParser, HtmlParser>();
        services.AddSingleton<IDocumentParser, MarkdownParser>();
        services.AddSingleton<IDocumentParser, PlainTextParser>();
        services.AddSingleton<IDocumentParser, XlsxParser>();
        services.AddSingleton<IDocumentParser, CsvParser>();
        services.AddSingleton<IDocumentParser, JsonQaParser>();
        services.AddSingleton<LegalStructureSplitter>();
        services.AddSingleton<FieldResolver>();
        services.AddSingleton<EntryBuilder>();
        services.AddSingleton<SourceLedger>();
        services.AddSingleton<SourcePreparer>();
        services.AddSingleton<IngestRunner>();
        services.DecorateEmbedder((provider, inner) => new ResilientEmbeddingGenerator(
            inner,
            provider.GetRequiredService<IOptions<IngestOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<ResilientEmbeddingGenerator>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
