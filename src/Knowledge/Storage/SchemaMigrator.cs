using Dapper;
using Microsoft.Data.Sqlite;

namespace MoitBot.Knowledge.Storage;

/// <summary>
/// Brings every schema module to its latest step. Each step runs once, in a transaction together
/// with the record of it, so a crash mid-way leaves the previous version intact.
/// </summary>
public sealed class SchemaMigrator(SqliteDatabase database, IEnumerable<ISchemaModule> modules)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, version INTEGER NOT NULL);",
            cancellationToken: cancellationToken));

        foreach (var module in modules.DistinctBy(m => m.Name))
        {
            var current = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                "SELECT version FROM schema_versions WHERE module = @Name", new { module.Name }, cancellationToken: cancellationToken)) ?? 0;
            if (current > module.Steps.Count)
            {
                throw new InvalidOperationException(
                    $"The database {database.DataSource} has schema '{module.Name}' version {current}, newer than this build ({module.Steps.Count}). Use a newer MoitBot.");
            }

            for (var version = current + 1; version <= module.Steps.Count; version++)
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(module.Steps[version - 1], transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_versions(module, version) VALUES (@Name, @version) ON CONFLICT(module) DO UPDATE SET version = excluded.version",
                    new { module.Name, version }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }
}
