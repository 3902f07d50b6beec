namespace MoitBot.Knowledge.Editorial;

/// <summary>A bot answer officials found helpful for a question; at the threshold it becomes a draft (<see cref="DraftEntryId"/>).</summary>
public sealed record HelpfulSuggestion(string Question, string SourceEntryId, int Count, string? DraftEntryId);
