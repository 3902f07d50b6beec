using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

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
        var document = JsonSerializer.Deserialize<DemoDocument>(stream, KnowledgeJson.Options)
            ?? throw new InvalidOperationException("The demo bank is empty.");
        return document.Entries.Select(e => new KnowledgeEntry
        {
            Id = e.Id,
            Kind = e.Kind switch
            {
                "qa" => EntryKind.QuestionAnswer,
                "guidance" => EntryKind.Guidance,
                "handbook" => EntryKind.Handbook,
                _ => throw new InvalidOperationException($"Demo entry {e.Id} has unknown kind '{e.Kind}'."),
            },
            Field = e.Field,
            Title = e.Title,
            Question = e.Question,
            Body = e.Body,
            Status = EntryStatus.Approved,
            Provenance = Provenance.Demo,
            References = e.References ?? [],
            Responsibilities = e.Responsibilities,
            SourceId = "demo",
        }).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo knowledge bank loaded: {EntryCount} entries (demonstration data)")]
    private static partial void LogSeeded(ILogger logger, int entryCount);

    private sealed record DemoDocument(string Notice, List<DemoEntry> Entries);

    private sealed record DemoEntry(string Id, string Kind, string Field, string Title, string? Question, string Body,
        Responsibilities? Responsibilities, List<LegalReference>? References);
}
