namespace MoitBot.Bot.Accounts;

/// <summary>Roles of the web UI; policy names are the same strings.</summary>
public static class StaffRoles
{
    public const string Editor = "Editor";
    public const string Operator = "Operator";

    public static IReadOnlyList<string> All { get; } = [Editor, Operator];

    public static string? Canonical(string? role) => All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
