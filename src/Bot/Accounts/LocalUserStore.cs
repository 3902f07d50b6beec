using Dapper;
using Microsoft.AspNetCore.Identity;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Accounts;

/// <summary>Local accounts with passwords hashed by ASP.NET Core Identity's PasswordHasher (PBKDF2, random salt, 100k+ iterations).</summary>
public sealed class LocalUserStore(SqliteDatabase database, TimeProvider timeProvider)
{
    public const int MinPasswordLength = 8;
    public const int MaxNameLength = 100;

    private static readonly PasswordHasher<LocalUser> Hasher = new();

    /// <summary>Creates the account or replaces its password and roles. Returns true when it was created.</summary>
    public async Task<bool> SaveAsync(string name, string password, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var user = new LocalUser(name.Trim(), roles.ToList());
        var hash = Hasher.HashPassword(user, password);
        var now = StoredTime.Format(timeProvider.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        var existed = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM users WHERE name = @Name", new { user.Name }, cancellationToken: cancellationToken)) > 0;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users(name, password_hash, roles, created_at, updated_at) VALUES (@Name, @hash, @roles, @now, @now)
            ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash, roles = excluded.roles, updated_at = excluded.updated_at
            """,
            new { user.Name, hash, roles = string.Join(',', user.Roles), now }, cancellationToken: cancellationToken));
        return !existed;
    }

    /// <summary>The account when the password is right; null otherwise (unknown name and wrong password look the same).</summary>
    public async Task<LocalUser?> VerifyAsync(string? name, string? password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || name.Length > MaxNameLength || password.Length > 1000)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Name, string Hash, string Roles)>(new CommandDefinition(
            "SELECT name, password_hash, roles FROM users WHERE name = @name", new { name = name.Trim() }, cancellationToken: cancellationToken));
        if (row.Name is null)
        {
            return null;
        }

        var user = new LocalUser(row.Name, row.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries));
        var result = Hasher.VerifyHashedPassword(user, row.Hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE users SET password_hash = @hash WHERE name = @name",
                new { hash = Hasher.HashPassword(user, password), name = row.Name }, cancellationToken: cancellationToken));
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken));
    }
}
