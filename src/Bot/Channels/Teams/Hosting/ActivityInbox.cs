using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Protocol;

namespace MoitBot.Bot.Channels.Teams.Hosting;

/// <summary>Bounded hand-off from the webhook (which answers at once) to the background worker.</summary>
public sealed class ActivityInbox(IOptions<TeamsOptions> options)
{
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    /// <summary>False when the queue is full: the caller answers 503 so the Connector retries later.</summary>
    public bool TryEnqueue(Activity activity) => _channel.Writer.TryWrite(activity);

    public IAsyncEnumerable<Activity> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
