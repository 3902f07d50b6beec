using MoitBot.Bot.Demo;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Commands;

/// <summary>The host a one-shot command runs in: the knowledge core, warnings only, on standard error so standard output stays the command's.</summary>
public static class CommandHost
{
    public static IHost Build(Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddMoitBotCore(builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// A host whose bank is migrated, seeded with the demo data on first use and loaded into the index,
    /// with the validity of cited documents loaded as the web host does, so answers mark repealed ones.
    /// </summary>
    public static async Task<IHost> StartKnowledgeAsync(CancellationToken cancellationToken)
    {
        var host = Build();
        var initializer = host.Services.GetRequiredService<KnowledgeInitializer>();
        await initializer.MigrateAsync(cancellationToken);
        await host.Services.GetRequiredService<DemoBankSeeder>().SeedIfEmptyAsync(cancellationToken);
        await initializer.LoadIndexAsync(cancellationToken);
        await host.Services.GetRequiredService<LegalDocumentRegistry>().LoadValidityAsync(cancellationToken);
        return host;
    }
}
