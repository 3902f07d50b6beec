using System.Text.Json;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Bank;

/// <summary>
/// Reads the demonstration bank's JSON ({notice, entries:[{id, kind: qa|guidance|handbook, field,
/// title, question, body, responsibilities, references}]}) as approved demo entries. Used by the
/// bot's first-start seeding and by the benchmarks that generate data from its vocabulary.
/// </summary>
public static class DemoBankReader
{
    public static IReadOnlyList<KnowledgeEntry> Read(Stream stream)
    {
        var document = JsonSerializer.Deserialize<DemoDocument>(stream, KnowledgeJson.Options)
            ?? throw new InvalidDataException("The demo bank is empty.");
        return document.Entries.Select(e => new KnowledgeEntry
        {
            Id = e.Id,
            Kind = e.Kind switch
            {
                "qa" => EntryKind.QuestionAnswer,
                "guidance" => EntryKind.Guidance,
                "handbook" => EntryKind.Handbook,
                _ => throw new InvalidDataException($"Demo entry {e.Id} has unknown kind '{e.Kind}'."),
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

    private sealed record DemoDocument(List<DemoEntry> Entries);

    private sealed record DemoEntry(string Id, string Kind, string Field, string Title, string? Question, string Body,
        Responsibilities? Responsibilities, List<LegalReference>? References);
}
