namespace MoitBot.Ingest.Reporting;

/// <summary>One chunk of a source in the report: entry id, locator, field, status and what happened to it.</summary>
public sealed record ChunkReport(string EntryId, string Locator, string Field, string Status, string Change);
