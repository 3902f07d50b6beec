using Microsoft.Extensions.Configuration;

namespace MoitBot.Ingest.Cli;

/// <summary>
/// The same configuration conventions as the bot: appsettings.json (the tool's own, then one in
/// the working directory) and environment variables such as ConnectionStrings__MoitBot.
/// </summary>
public static class IngestConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
}
