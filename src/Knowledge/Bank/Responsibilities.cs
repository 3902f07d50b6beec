namespace MoitBot.Knowledge.Bank;

/// <summary>What each level of government does for a decentralised task.</summary>
public sealed record Responsibilities(string? Commune, string? Province, string? Ministry);
