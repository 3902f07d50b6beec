using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Demo;

/// <summary>
/// Loads the demonstration bank (written for MoitBot, not official guidance) into an empty
/// database once. A marker in settings keeps it from coming back after an operator removes it.
/// </summary>
public sealed partial class DemoBankSeeder(KnowledgeBank bank, IOptions<DemoOptions> options, ILogger<DemoBankSeeder> logger)
{
    private const string SeededMarker = "demo.seeded";

    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled || await bank.Store.GetSettingAsync(SeededMarker, cancellationToken) is not null
            || await bank.Store.CountAsync(cancellationToken) > 0)
        {
            return 0;
        }

        var entries = Load();
        await bank.Store.SaveManyAsync(entries, "demo", cancellationToken);
        await bank.Store.SetSettingAsync(SeededMarker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        LogSeeded(logger, entries.Count);
        return entries.Count;
    }

    public static IReadOnlyList<KnowledgeEntry> Load()
    {
        using var stream = typeof(DemoBankSeeder).Assembly.GetManifestResourceStream("MoitBot.Bot.demo-bank.json")
            ?? throw new InvalidOperationException("The demo bank resource is missing from the build.");
        return DemoBankReader.Read(stream);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo knowledge bank loaded: {EntryCount} entries (demonstration data)")]
    private static partial void LogSeeded(ILogger logger, int entryCount);
}
