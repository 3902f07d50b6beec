using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Hosting;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// "teams.draft-card": posts a new draft version as a card in the editors' channel. Without a
/// configured channel the message completes unposted (editors use the web UI); a version that is
/// no longer the current draft is skipped, since its successor has its own message.
/// </summary>
public sealed partial class DraftCardHandler(
    KnowledgeStore knowledge,
    DraftCardViews views,
    DraftCardStore cards,
    TeamsConnectorClient connector,
    IOptions<EditorsChannelOptions> editors,
    IOptions<TeamsOptions> teams,
    ILogger<DraftCardHandler> logger) : IOutboxHandler
{
    private int _loggedUnconfigured;

    public string Kind => OutboxKinds.TeamsDraftCard;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<DraftNotice>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no draft notice.");
        var settings = editors.Value;
        if (!settings.IsConfigured)
        {
            if (Interlocked.Exchange(ref _loggedUnconfigured, 1) == 0)
            {
                LogNoEditorsChannel(logger);
            }

            return;
        }

        var entry = await knowledge.GetAsync(notice.EntryId, cancellationToken);
        if (entry is null || entry.Status != EntryStatus.Draft || entry.Version != notice.Version
            || await cards.FindAsync(entry.Id, entry.Version, cancellationToken) is not null)
        {
            return;
        }

        var serviceUrl = (settings.TeamsServiceUrl ?? teams.Value.DefaultServiceUrl).AbsoluteUri;
        var activity = new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(DraftCard.Build(views.Create(entry)))] };
        var created = await connector.CreateChannelThreadAsync(serviceUrl, settings.TeamsChannelId!, null, activity, cancellationToken);
        var (conversationId, activityId) = ConversationIds.ThreadOf(created, settings.TeamsChannelId!);
        await cards.SaveAsync(new DraftCardRecord(entry.Id, entry.Version, settings.TeamsChannelId!, conversationId, activityId, serviceUrl), cancellationToken);
        LogPosted(logger, entry.Id, entry.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No editors' Teams channel is configured (Editorial:TeamsChannelId); draft cards are not posted and editors use the web UI")]
    private static partial void LogNoEditorsChannel(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {EntryId} v{Version} posted to the editors' Teams channel")]
    private static partial void LogPosted(ILogger logger, string entryId, int version);
}
