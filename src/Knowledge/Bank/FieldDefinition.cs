namespace MoitBot.Knowledge.Bank;

/// <summary>A field of state management (lĩnh vực), owned by one department.</summary>
public sealed record FieldDefinition(string Code, string Name, string Department, IReadOnlyList<string> Keywords);
