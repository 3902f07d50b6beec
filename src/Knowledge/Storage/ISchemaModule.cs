namespace MoitBot.Knowledge.Storage;

/// <summary>
/// A named, append-only list of schema steps owned by one capability (the bank, tickets, the
/// outbox, Telegram state...). A step that has shipped is never edited; changes add a step.
/// </summary>
public interface ISchemaModule
{
    string Name { get; }

    IReadOnlyList<string> Steps { get; }
}
