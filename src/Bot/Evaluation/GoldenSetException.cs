namespace MoitBot.Bot.Evaluation;

/// <summary>A golden set that cannot be used; the message is for the operator who wrote it.</summary>
public sealed class GoldenSetException(string message) : Exception(message);
