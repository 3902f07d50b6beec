using System.Globalization;
using System.Text.Json;
using Dapper;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>Reads the versions the bank keeps for every change of an entry, newest first.</summary>
public sealed class VersionHistory(SqliteDatabase database)
{
    public async Task<IReadOnlyList<EntryVersion>> ListAsync(string entryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Version, string Snapshot, string ChangedAt, string ChangedBy)>(new CommandDefinition(
            "SELECT version, snapshot_json, changed_at, changed_by FROM entry_versions WHERE entry_id = @entryId ORDER BY version DESC",
            new { entryId }, cancellationToken: cancellationToken));
        return rows
            .Select(r => (r, entry: JsonSerializer.Deserialize<KnowledgeEntry>(r.Snapshot, KnowledgeJson.Options)))
            .Where(x => x.entry is not null)
            .Select(x => new EntryVersion((int)x.r.Version, DateTimeOffset.Parse(x.r.ChangedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), x.r.ChangedBy, x.entry!))
            .ToList();
    }
}
