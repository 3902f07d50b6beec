using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Escalation;

/// <summary>
/// Registrations of commune officials. A registration is pending until an operator verifies it
/// or the official redeems an invite code issued for their province.
/// </summary>
public sealed class OfficialRegistry(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Select = "SELECT id, channel, external_id AS ExternalId, chat_id AS ChatId, full_name AS FullName, position, commune, province, phone, status, created_at AS CreatedAt, verified_at AS VerifiedAt, verified_by AS VerifiedBy FROM officials";

    /// <summary>Creates or updates a registration; an already verified official stays verified unless the province changes.</summary>
    public async Task<Official> RegisterAsync(Official official, CancellationToken cancellationToken = default)
    {
        var existing = await GetAsync(official.Id, cancellationToken);
        var keepVerified = existing is { IsVerified: true } && existing.Province == official.Province;
        var saved = official with
        {
            FullName = VietnameseText.Normalize(official.FullName).Trim(),
            Position = VietnameseText.Normalize(official.Position).Trim(),
            Commune = VietnameseText.Normalize(official.Commune).Trim(),
            Status = keepVerified ? OfficialStatus.Verified : OfficialStatus.Pending,
            CreatedAt = existing?.CreatedAt ?? timeProvider.GetUtcNow(),
            VerifiedAt = keepVerified ? existing!.VerifiedAt : null,
            VerifiedBy = keepVerified ? existing!.VerifiedBy : null,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO officials(id, channel, external_id, chat_id, full_name, position, commune, province, phone, status, created_at, verified_at, verified_by)
            VALUES (@Id, @Channel, @ExternalId, @ChatId, @FullName, @Position, @Commune, @Province, @Phone, @Status, @CreatedAt, @VerifiedAt, @VerifiedBy)
            ON CONFLICT(id) DO UPDATE SET chat_id = excluded.chat_id, full_name = excluded.full_name, position = excluded.position,
              commune = excluded.commune, province = excluded.province, phone = excluded.phone, status = excluded.status,
              verified_at = excluded.verified_at, verified_by = excluded.verified_by
            """,
            Row(saved), cancellationToken: cancellationToken));
        return saved;
    }

    public async Task<Official?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OfficialRow>(new CommandDefinition($"{Select} WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToOfficial();
    }

    public async Task<IReadOnlyList<Official>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OfficialRow>(new CommandDefinition($"{Select} WHERE id IN @ids", new { ids }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOfficial()).ToList();
    }

    public async Task<IReadOnlyList<Official>> ListAsync(OfficialStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = status is null ? $"{Select} ORDER BY created_at" : $"{Select} WHERE status = @status ORDER BY created_at";
        var rows = await connection.QueryAsync<OfficialRow>(new CommandDefinition(sql, new { status = status?.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOfficial()).ToList();
    }

    public Task<Official?> VerifyAsync(string id, string operatorName, CancellationToken cancellationToken = default) =>
        SetStatusAsync(id, OfficialStatus.Verified, operatorName, cancellationToken);

    public Task<Official?> RejectAsync(string id, string operatorName, CancellationToken cancellationToken = default) =>
        SetStatusAsync(id, OfficialStatus.Rejected, operatorName, cancellationToken);

    /// <summary>Issues a single-use invite code for a province; only its hash is stored.</summary>
    public async Task<string> CreateInviteCodeAsync(string province, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        var code = RandomNumberGenerator.GetString("23456789ABCDEFGHJKMNPQRSTUVWXYZ", 8);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO invite_codes(code_hash, province, created_at, expires_at) VALUES (@hash, @province, @created, @expires)",
            new { hash = Hash(code), province, created = StoredTime.Format(now), expires = StoredTime.Format(now + validFor) }, cancellationToken: cancellationToken));
        return code;
    }

    /// <summary>Verifies the official when the code is valid, unused, unexpired and issued for their province.</summary>
    public async Task<Official?> RedeemInviteCodeAsync(string officialId, string code, CancellationToken cancellationToken = default)
    {
        var official = await GetAsync(officialId, cancellationToken);
        if (official is null || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var used = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE invite_codes SET used_by = @officialId, used_at = @now WHERE code_hash = @hash AND province = @province AND used_by IS NULL AND expires_at > @now",
            new { officialId, now = StoredTime.Format(timeProvider.GetUtcNow()), hash = Hash(code.Trim().ToUpperInvariant()), province = official.Province }, cancellationToken: cancellationToken));
        return used == 1 ? await SetStatusAsync(officialId, OfficialStatus.Verified, "invite-code", cancellationToken) : null;
    }

    private async Task<Official?> SetStatusAsync(string id, OfficialStatus status, string by, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var verifiedAt = status == OfficialStatus.Verified ? StoredTime.Format(timeProvider.GetUtcNow()) : null;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE officials SET status = @status, verified_at = @verifiedAt, verified_by = @by WHERE id = @id",
            new { id, status = status.ToString(), verifiedAt, by }, cancellationToken: cancellationToken));
        return await GetAsync(id, cancellationToken);
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));


    private static object Row(Official o) => new
    {
        o.Id, o.Channel, o.ExternalId, o.ChatId, o.FullName, o.Position, o.Commune, o.Province, o.Phone,
        Status = o.Status.ToString(), CreatedAt = StoredTime.Format(o.CreatedAt), VerifiedAt = o.VerifiedAt is { } v ? StoredTime.Format(v) : null, o.VerifiedBy,
    };

    private sealed record OfficialRow(string Id, string Channel, string ExternalId, string ChatId, string FullName, string Position, string Commune,
        string Province, string? Phone, string Status, string CreatedAt, string? VerifiedAt, string? VerifiedBy)
    {
        public Official ToOfficial() => new()
        {
            Id = Id, Channel = Channel, ExternalId = ExternalId, ChatId = ChatId, FullName = FullName, Position = Position,
            Commune = Commune, Province = Province, Phone = Phone, Status = Enum.Parse<OfficialStatus>(Status),
            CreatedAt = DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture),
            VerifiedAt = VerifiedAt is null ? null : DateTimeOffset.Parse(VerifiedAt, CultureInfo.InvariantCulture),
            VerifiedBy = VerifiedBy,
        };
    }
}
