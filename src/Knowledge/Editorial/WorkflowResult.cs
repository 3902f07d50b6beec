using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>The outcome of an editorial action. <see cref="Problem"/> is a Vietnamese message for the editor.</summary>
public sealed record WorkflowResult
{
    public bool Succeeded { get; init; }
    public bool NotFound { get; init; }
    public KnowledgeEntry? Entry { get; init; }
    public string? Problem { get; init; }
    public IReadOnlyList<PersonalDataFinding> PersonalData { get; init; } = [];
    public IReadOnlyList<string> UnknownDocuments { get; init; } = [];

    public static WorkflowResult Ok(KnowledgeEntry entry, IReadOnlyList<string>? unknownDocuments = null) =>
        new() { Succeeded = true, Entry = entry, UnknownDocuments = unknownDocuments ?? [] };

    public static WorkflowResult Missing(string id) => new() { NotFound = true, Problem = $"Không tìm thấy mục “{id}”." };

    public static WorkflowResult Refused(string problem, KnowledgeEntry? entry = null) => new() { Entry = entry, Problem = problem };
}
