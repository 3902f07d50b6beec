using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

public static class EditorialServiceCollectionExtensions
{
    /// <summary>The editorial workflow on top of <c>AddKnowledge</c>: schema, audit log, legal documents, review queue, suggestions.</summary>
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.AddOptions<EditorialOptions>().BindConfiguration(EditorialOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISchemaModule, EditorialSchema>();
        services.AddSingleton<LegalValidity>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<EditorialStore>();
        services.AddSingleton<LegalDocumentRegistry>();
        services.AddSingleton<VersionHistory>();
        services.AddSingleton<ReviewList>();
        services.AddSingleton<DraftOrigins>();
        services.AddSingleton<EditorialWorkflow>();
        services.AddSingleton<DraftSuggestions>();
        services.AddSingleton<QuestionLog>();
        services.AddSingleton<OperationsReport>();
        return services;
    }
}
