namespace MoitBot.Knowledge.Outbox;

/// <summary>A message that must leave the process exactly once: written in the same transaction as the change that caused it.</summary>
public sealed record OutboxMessage(long Id, string Kind, string IdempotencyKey, string Payload, int Attempts, DateTimeOffset CreatedAt);
