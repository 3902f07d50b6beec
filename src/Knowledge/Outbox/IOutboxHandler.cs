namespace MoitBot.Knowledge.Outbox;

/// <summary>
/// Sends one kind of outbox message (a Telegram delivery, a Teams card...). Throwing means "try
/// again later"; the dispatcher backs off. Handlers must tolerate a repeat of the same message
/// (crash between send and acknowledgement), e.g. by checking the idempotency key.
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
