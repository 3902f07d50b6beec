using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Editor;

/// <summary>What the entry form partial needs.</summary>
public sealed record EntryFormView(EntryForm Form, MinistryCatalog Catalog, IReadOnlyList<LegalDocument> KnownDocuments, string SubmitLabel);
