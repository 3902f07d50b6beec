using MoitBot.Bot.Demo;
using MoitBot.Knowledge;

namespace MoitBot.Bot.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>What both the web host and the command line need: the knowledge core and the demo bank.</summary>
    public static IServiceCollection AddMoitBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledge(configuration);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddSingleton<DemoBankSeeder>();
        return services;
    }
}
