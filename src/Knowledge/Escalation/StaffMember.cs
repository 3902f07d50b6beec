namespace MoitBot.Knowledge.Escalation;

/// <summary>A ministry staff member acting on a ticket (from Teams: AAD object id and display name).</summary>
public sealed record StaffMember(string Id, string Name);
