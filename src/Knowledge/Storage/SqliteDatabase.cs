using Microsoft.Data.Sqlite;

namespace MoitBot.Knowledge.Storage;

/// <summary>Opens connections to the one SQLite file that holds the bank, tickets and outbox.</summary>
public sealed class SqliteDatabase
{
    public const string DefaultConnectionString = "Data Source=data/moitbot.db";

    public SqliteDatabase(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
            var directory = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string ConnectionString { get; }

    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
