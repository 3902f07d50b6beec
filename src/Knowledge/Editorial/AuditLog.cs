using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>Append-only log of editorial actions. Rows are never updated or deleted.</summary>
public sealed class AuditLog(SqliteDatabase database, TimeProvider timeProvider)
{
    public async Task<AuditRecord> AppendAsync(string subjectKind, string subjectId, EditorialAction action, string actor, string? comment,
        object? before, object? after, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await AppendAsync(connection, null, subjectKind, subjectId, action, actor, comment, before, after, cancellationToken);
    }

    internal async Task<AuditRecord> AppendAsync(SqliteConnection connection, SqliteTransaction? transaction, string subjectKind, string subjectId,
        EditorialAction action, string actor, string? comment, object? before, object? after, CancellationToken cancellationToken)
    {
        var at = timeProvider.GetUtcNow();
        var beforeJson = before is null ? null : JsonSerializer.Serialize(before, KnowledgeJson.Options);
        var afterJson = after is null ? null : JsonSerializer.Serialize(after, KnowledgeJson.Options);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO editorial_audit(subject_kind, subject_id, action, actor, at, comment, before_json, after_json)
            VALUES (@subjectKind, @subjectId, @action, @actor, @at, @comment, @beforeJson, @afterJson);
            SELECT last_insert_rowid();
            """,
            new { subjectKind, subjectId, action = action.ToString(), actor, at = StoredTime.Format(at), comment, beforeJson, afterJson },
            transaction, cancellationToken: cancellationToken));
        return new AuditRecord(id, subjectKind, subjectId, action, actor, at, comment, beforeJson, afterJson);
    }

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(string subjectKind, string subjectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT id, subject_kind AS SubjectKind, subject_id AS SubjectId, action, actor, at, comment, before_json AS BeforeJson, after_json AS AfterJson FROM editorial_audit WHERE subject_kind = @subjectKind AND subject_id = @subjectId ORDER BY id DESC",
            new { subjectKind, subjectId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<AuditRecord>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT id, subject_kind AS SubjectKind, subject_id AS SubjectId, action, actor, at, comment, before_json AS BeforeJson, after_json AS AfterJson FROM editorial_audit ORDER BY id DESC LIMIT @count",
            new { count }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }


    private sealed record Row(long Id, string SubjectKind, string SubjectId, string Action, string Actor, string At, string? Comment, string? BeforeJson, string? AfterJson)
    {
        public AuditRecord ToRecord() => new(Id, SubjectKind, SubjectId, Enum.Parse<EditorialAction>(Action), Actor,
            DateTimeOffset.Parse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), Comment, BeforeJson, AfterJson);
    }
}
