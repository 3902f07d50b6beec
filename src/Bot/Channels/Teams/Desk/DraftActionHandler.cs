using System.Globalization;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Action.Execute on a draft card ("draft.approve", "draft.reject"): only members of the editors'
/// team, clicking in the editors' channel, may act, and only on the version the card shows; the
/// editorial workflow decides, under the Teams user's name. The acting user gets the updated card at
/// once in the invoke response; everyone else gets the same card through the outbox
/// (<see cref="DraftCardUpdatedHandler"/>), since the workflow's save announces the new version.
/// </summary>
public sealed partial class DraftActionHandler(
    EditorialWorkflow workflow,
    KnowledgeStore knowledge,
    DraftCardViews views,
    TeamsConnectorClient connector,
    IOptions<EditorsChannelOptions> editors,
    ILogger<DraftActionHandler> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(Activity activity, CardAction action, CancellationToken cancellationToken)
    {
        var entryId = action.Input(DraftCardVerbs.EntryIdData);
        var entry = entryId is null ? null : await knowledge.GetAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", $"Không tìm thấy mục hỏi đáp “{entryId}”.");
        }

        var (member, refusal) = await CheckEditorAsync(activity, cancellationToken);
        if (refusal is not null)
        {
            LogRefused(logger, entry.Id, action.Verb);
            return Card(views.Create(entry, refusal, true));
        }

        var cardVersion = int.TryParse(action.Input(DraftCardVerbs.VersionData), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shown) ? shown : entry.Version;
        if (cardVersion != entry.Version)
        {
            // The card is outdated (a newer version exists, or the outbox has not updated it yet): show what became of it instead.
            LogRefused(logger, entry.Id, action.Verb);
            return Card(await views.CreateForCardAsync(entry.Id, cardVersion, cancellationToken) ?? views.Create(entry));
        }

        var editor = member?.Name ?? activity.From!.Name ?? activity.From!.Id!;
        var reason = action.Input(DraftCardVerbs.ReasonInput)?.Trim();
        var result = action.Verb switch
        {
            DraftCardVerbs.Approve => await workflow.ApproveAsync(entry.Id, editor, cancellationToken),
            DraftCardVerbs.Reject when string.IsNullOrEmpty(reason) => WorkflowResult.Refused("Hãy ghi lý do từ chối.", entry),
            DraftCardVerbs.Reject => await workflow.RejectAsync(entry.Id, editor, reason.Length > 1000 ? reason[..1000] : reason, cancellationToken),
            _ => WorkflowResult.Refused("Thao tác này không được hỗ trợ.", entry),
        };
        var current = result.Entry ?? entry;
        if (!result.Succeeded)
        {
            return Card(views.Create(current, result.Problem, true));
        }

        // The same card everyone else gets from the outbox: who did what and when, from the stored versions and the audit log.
        return Card(await views.CreateForCardAsync(current.Id, cardVersion, cancellationToken) ?? views.Create(current));
    }

    /// <summary>The member when the user may act; otherwise a Vietnamese refusal.</summary>
    private async Task<(ChannelAccount? Member, string? Refusal)> CheckEditorAsync(Activity activity, CancellationToken cancellationToken)
    {
        var settings = editors.Value;
        if (activity.From?.Id is null || activity.ServiceUrl is null)
        {
            return (null, "Không xác định được người thao tác.");
        }

        if (!settings.IsConfigured)
        {
            return (null, "Chưa cấu hình kênh Teams của biên tập viên; hãy duyệt bản nháp trên trang biên tập.");
        }

        if (!string.Equals(activity.TeamsChannelId, settings.TeamsChannelId, StringComparison.Ordinal))
        {
            return (null, "Chỉ duyệt được bản nháp trong kênh Teams của biên tập viên.");
        }

        var teamId = settings.TeamsTeamId ?? activity.ChannelData?.Team?.Id ?? settings.TeamsChannelId!;
        var member = await connector.GetMemberAsync(activity.ServiceUrl, teamId, activity.From.Id, cancellationToken);
        return member is null ? (null, "Bạn không thuộc nhóm biên tập viên nên không thể duyệt hoặc từ chối bản nháp này.") : (member, null);
    }

    private static AdaptiveCardInvokeResponse Card(DraftCardView view) => AdaptiveCardInvokeResponse.Card(DraftCard.Build(view));

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft card action {Verb} on entry {EntryId} refused")]
    private static partial void LogRefused(ILogger logger, string entryId, string verb);
}
