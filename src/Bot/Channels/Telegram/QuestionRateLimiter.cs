using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Per-user limit on questions (a sliding window), so one account cannot flood the bot.</summary>
public sealed class QuestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<long> _limiter;

    public QuestionRateLimiter(IOptions<TelegramOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.QuestionsPerWindow,
            Window = settings.QuestionWindow,
            SegmentsPerWindow = 10,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(long userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
