namespace MoitBot.Knowledge.Bank;

/// <summary>A unit of the ministry that answers questions (a Cục or a Vụ).</summary>
public sealed record Department(string Code, string Name, bool IsLegal);
