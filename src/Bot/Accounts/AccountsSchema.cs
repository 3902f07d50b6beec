using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Accounts;

/// <summary>Local sign-in accounts of the embedded default (production signs in with OpenID Connect instead).</summary>
public sealed class AccountsSchema : ISchemaModule
{
    public string Name => "accounts";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE users (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            roles TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    ];
}
