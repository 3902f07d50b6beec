using MoitBot.Ingest.Metadata;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Pipeline;

/// <summary>The entries made from one source, with the document's metadata when it is a document.</summary>
public sealed record BuiltSource(string Kind, DocumentMetadata? Metadata, IReadOnlyList<KnowledgeEntry> Entries)
{
    public const string DocumentKind = "document";
    public const string QaKind = "qa";
}
