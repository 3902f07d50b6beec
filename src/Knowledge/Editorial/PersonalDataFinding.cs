namespace MoitBot.Knowledge.Editorial;

/// <summary>A piece of personal data found in text that is about to be published.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Value);
