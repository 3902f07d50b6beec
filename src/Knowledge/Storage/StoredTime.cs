using System.Globalization;

namespace MoitBot.Knowledge.Storage;

/// <summary>
/// How instants are stored in SQLite: UTC round-trip text ("2026-11-27T08:30:00.0000000Z"), which
/// sorts and compares as text in SQL the way the instants do.
/// </summary>
public static class StoredTime
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
