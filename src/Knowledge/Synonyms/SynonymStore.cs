using System.Text.Json;
using Dapper;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Synonyms;

/// <summary>SQLite rows of the editor side of the thesaurus. Sets and retirements are only ever inserted.</summary>
public sealed class SynonymStore(SqliteDatabase database)
{
    public const string AddedKeyPrefix = "e:";

    public async Task<IReadOnlyList<SynonymSetView>> ListAddedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string MembersJson, string AddedBy, string AddedAt)>(new CommandDefinition(
            "SELECT id, members_json, added_by, added_at FROM synonym_sets ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => new SynonymSetView(
            new SynonymSet(AddedKeyPrefix + r.Id, Members(r.MembersJson), Shipped: false), r.AddedBy, StoredTime.Parse(r.AddedAt), null, null)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, (string By, DateTimeOffset At)>> RetirementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string SetKey, string RetiredBy, string RetiredAt)>(new CommandDefinition(
            "SELECT set_key, retired_by, retired_at FROM synonym_retirements", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.SetKey, r => (r.RetiredBy, StoredTime.Parse(r.RetiredAt)), StringComparer.Ordinal);
    }

    public async Task<string> AddAsync(IReadOnlyList<string> members, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(members, KnowledgeJson.Options);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO synonym_sets(members_json, added_by, added_at) VALUES (@json, @actor, @at); SELECT last_insert_rowid();",
            new { json, actor, at = StoredTime.Format(at) }, transaction, cancellationToken: cancellationToken));
        var key = AddedKeyPrefix + id;
        await AuditAsync(connection, transaction, key, "Added", actor, at, json, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>Marks a set retired; false when it already was.</summary>
    public async Task<bool> RetireAsync(SynonymSet set, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO synonym_retirements(set_key, retired_by, retired_at) VALUES (@key, @actor, @at)",
            new { key = set.Key, actor, at = StoredTime.Format(at) }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        await AuditAsync(connection, transaction, set.Key, "Retired", actor, at, JsonSerializer.Serialize(set.Members, KnowledgeJson.Options), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<SynonymAuditRecord>> RecentAuditAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string SetKey, string Action, string Actor, string At, string MembersJson)>(new CommandDefinition(
            "SELECT id, set_key, action, actor, at, members_json FROM synonym_audit ORDER BY id DESC LIMIT @count",
            new { count }, cancellationToken: cancellationToken));
        return rows.Select(r => new SynonymAuditRecord(r.Id, r.SetKey, r.Action, r.Actor, StoredTime.Parse(r.At), Members(r.MembersJson))).ToList();
    }

    private static Task<int> AuditAsync(Microsoft.Data.Sqlite.SqliteConnection connection, System.Data.Common.DbTransaction transaction, string key, string action, string actor,
        DateTimeOffset at, string membersJson, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO synonym_audit(set_key, action, actor, at, members_json) VALUES (@key, @action, @actor, @at, @membersJson)",
            new { key, action, actor, at = StoredTime.Format(at), membersJson }, transaction, cancellationToken: cancellationToken));

    private static List<string> Members(string json) => JsonSerializer.Deserialize<List<string>>(json, KnowledgeJson.Options) ?? [];
}
