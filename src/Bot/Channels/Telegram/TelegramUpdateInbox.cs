using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Bounded queues between receiving (webhook or polling) and answering. Updates of one chat
/// always land in the same partition, so a chat is answered in order while chats run in parallel.
/// </summary>
public sealed class TelegramUpdateInbox
{
    private readonly Channel<Update>[] _partitions;
    private readonly TelegramUpdateLog _log;
    private readonly TelegramBotIdentity _identity;

    public TelegramUpdateInbox(IOptions<TelegramOptions> options, TelegramUpdateLog log, TelegramBotIdentity identity)
    {
        var settings = options.Value;
        var capacity = Math.Max(1, settings.QueueCapacity / settings.Workers);
        _partitions = Enumerable.Range(0, settings.Workers)
            .Select(_ => Channel.CreateBounded<Update>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
            .ToArray();
        _log = log;
        _identity = identity;
    }

    public int Partitions => _partitions.Length;

    public ChannelReader<Update> Reader(int partition) => _partitions[partition].Reader;

    /// <summary>Records and queues an update. With <paramref name="wait"/> false a full queue is reported instead of waited on.</summary>
    public async Task<QueueResult> AcceptAsync(Update update, bool wait, CancellationToken cancellationToken)
    {
        if (!await _log.TryRecordAsync(_identity.BotId, update, cancellationToken))
        {
            return QueueResult.Duplicate;
        }

        var writer = _partitions[PartitionOf(update)].Writer;
        if (writer.TryWrite(update))
        {
            return QueueResult.Queued;
        }

        if (wait)
        {
            await writer.WriteAsync(update, cancellationToken);
            return QueueResult.Queued;
        }

        await _log.ForgetAsync(_identity.BotId, update.Id, CancellationToken.None);
        return QueueResult.Full;
    }

    /// <summary>Queues an update recorded earlier but never handled (after a restart).</summary>
    public ValueTask RequeueAsync(Update update, CancellationToken cancellationToken) =>
        _partitions[PartitionOf(update)].Writer.WriteAsync(update, cancellationToken);

    private int PartitionOf(Update update)
    {
        var chat = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;
        return (int)((ulong)chat % (ulong)_partitions.Length);
    }
}
