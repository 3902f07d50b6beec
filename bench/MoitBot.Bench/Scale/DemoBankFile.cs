using System.Text.Json;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bench.Scale;

/// <summary>Reads the demo bank (src/Bot/Demo/demo-bank.json) by path; the bench does not reference the Bot.</summary>
internal static class DemoBankFile
{
    public const string RelativePath = "src/Bot/Demo/demo-bank.json";

    /// <summary>The given path, or the demo bank found by walking up from the working directory.</summary>
    public static string Locate(string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            return File.Exists(path) ? path : throw new FileNotFoundException($"Demo bank not found: {path}", path);
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find {RelativePath} above {Environment.CurrentDirectory}; pass --bank.");
    }

    public static IReadOnlyList<KnowledgeEntry> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<DemoDocument>(stream, KnowledgeJson.Options)
            ?? throw new InvalidDataException($"{path} is empty.");
        return document.Entries.Select(e => new KnowledgeEntry
        {
            Id = e.Id,
            Kind = EntryKind.QuestionAnswer,
            Field = e.Field,
            Title = e.Title,
            Question = e.Question,
            Body = e.Body,
            Status = EntryStatus.Approved,
            Provenance = Provenance.Demo,
            References = e.References ?? [],
        }).ToList();
    }

    private sealed record DemoDocument(List<DemoEntry> Entries);

    private sealed record DemoEntry(string Id, string Field, string Title, string? Question, string Body, List<LegalReference>? References);
}
