namespace MoitBot.Knowledge.Answering;

/// <summary>A source shown with an answer. Every field comes from a retrieved entry, never from generated text.</summary>
public sealed record Citation(string Title, string? DocumentNumber, string? Article, string Url, string EntryId);
