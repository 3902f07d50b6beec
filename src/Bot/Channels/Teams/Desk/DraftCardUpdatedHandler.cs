using System.Net;
using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// "teams.draft-card-updated": a newer version of an entry was saved, so the card posted for the draft before it is
/// updated for everyone (PUT on the posted message) to show who approved, rejected, retired, reopened or replaced it and
/// when, without buttons. A version with no posted card (no editors' channel, demo or ingested entries) completes quietly;
/// a failed update throws and the outbox retries it.
/// </summary>
public sealed partial class DraftCardUpdatedHandler(
    DraftCardStore cards,
    DraftCardViews views,
    TeamsConnectorClient connector,
    ILogger<DraftCardUpdatedHandler> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.TeamsDraftCardUpdated;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<DraftNotice>(message.Payload, KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has no draft notice.");
        var card = await cards.FindLatestBeforeAsync(notice.EntryId, notice.Version, cancellationToken);
        if (card is null)
        {
            return;
        }

        if (card.ActivityId.Length == 0)
        {
            LogNoActivityId(logger, card.EntryId, card.Version);
            return;
        }

        var view = await views.CreateForCardAsync(card.EntryId, (int)card.Version, cancellationToken);
        if (view is null)
        {
            return;
        }

        var activity = new Activity { Type = "message", Id = card.ActivityId, Attachments = [Attachment.AdaptiveCard(DraftCard.Build(view))] };
        try
        {
            await connector.UpdateAsync(card.ServiceUrl, card.ConversationId, card.ActivityId, activity, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            // The message was deleted in Teams: there is nothing left to update, and retrying cannot bring it back.
            LogCardGone(logger, card.EntryId, card.Version);
            return;
        }

        LogUpdated(logger, card.EntryId, card.Version, notice.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft card of {EntryId} v{CardVersion} updated for everyone after v{Version} was saved")]
    private static partial void LogUpdated(ILogger logger, string entryId, long cardVersion, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Draft card of {EntryId} v{CardVersion} was posted without an activity id; it cannot be updated")]
    private static partial void LogNoActivityId(ILogger logger, string entryId, long cardVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Draft card of {EntryId} v{CardVersion} no longer exists in Teams (404); not updated")]
    private static partial void LogCardGone(ILogger logger, string entryId, long cardVersion);
}
