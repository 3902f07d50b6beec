using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Synonyms;

/// <summary>Editor-added synonym sets, retirements (of shipped or added sets) and their append-only audit log.</summary>
public sealed class SynonymSchema : ISchemaModule
{
    public string Name => "synonyms";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE synonym_sets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            members_json TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE synonym_retirements (
            set_key TEXT PRIMARY KEY,
            retired_by TEXT NOT NULL,
            retired_at TEXT NOT NULL
        );
        CREATE TABLE synonym_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            set_key TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            members_json TEXT NOT NULL
        );
        """,
    ];
}
