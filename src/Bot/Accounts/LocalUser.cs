namespace MoitBot.Bot.Accounts;

public sealed record LocalUser(string Name, IReadOnlyList<string> Roles);
