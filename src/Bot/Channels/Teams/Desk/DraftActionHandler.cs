using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Action.Execute on a draft card ("draft.approve", "draft.reject"): only members of the editors'
/// team, clicking in the editors' channel, may act; the editorial workflow decides, under the
/// Teams user's name, and the updated card says who did what and when (or why not).
/// </summary>
public sealed partial class DraftActionHandler(
    EditorialWorkflow workflow,
    KnowledgeStore knowledge,
    DraftCardViews views,
    TeamsConnectorClient connector,
    WorkingCalendar calendar,
    TimeProvider timeProvider,
    IOptions<EditorsChannelOptions> editors,
    ILogger<DraftActionHandler> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(Activity activity, CardAction action, CancellationToken cancellationToken)
    {
        var entryId = action.Input(DraftCardVerbs.EntryIdData);
        var entry = entryId is null ? null : await knowledge.GetAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return Error(404, "NotFound", $"Không tìm thấy mục hỏi đáp “{entryId}”.");
        }

        var refusal = await CheckEditorAsync(activity, cancellationToken);
        if (refusal is not null)
        {
            LogRefused(logger, entry.Id, action.Verb);
            return Card(views.Create(entry, refusal, true));
        }

        var editor = activity.From!.Name ?? activity.From.Id!;
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

        var at = CardText.Format(calendar.ToLocal(timeProvider.GetUtcNow()));
        var notice = action.Verb == DraftCardVerbs.Approve
            ? $"{editor} đã phê duyệt lúc {at}."
            : $"{editor} đã từ chối lúc {at}. Lý do: {reason}";
        return Card(views.Create(current, notice));
    }

    /// <summary>Null when the user may act; otherwise a Vietnamese refusal.</summary>
    private async Task<string?> CheckEditorAsync(Activity activity, CancellationToken cancellationToken)
    {
        var settings = editors.Value;
        if (activity.From?.Id is null || activity.ServiceUrl is null)
        {
            return "Không xác định được người thao tác.";
        }

        if (!settings.IsConfigured)
        {
            return "Chưa cấu hình kênh Teams của biên tập viên; hãy duyệt bản nháp trên trang biên tập.";
        }

        if (!string.Equals(activity.TeamsChannelId, settings.TeamsChannelId, StringComparison.Ordinal))
        {
            return "Chỉ duyệt được bản nháp trong kênh Teams của biên tập viên.";
        }

        var teamId = settings.TeamsTeamId ?? activity.ChannelData?.Team?.Id ?? settings.TeamsChannelId!;
        var member = await connector.GetMemberAsync(activity.ServiceUrl, teamId, activity.From.Id, cancellationToken);
        return member is null ? "Bạn không thuộc nhóm biên tập viên nên không thể duyệt hoặc từ chối bản nháp này." : null;
    }

    private static AdaptiveCardInvokeResponse Card(DraftCardView view) => new(200, CardActionHandler.CardResponseType, DraftCard.Build(view));

    private static AdaptiveCardInvokeResponse Error(int status, string code, string message) =>
        new(status, "application/vnd.microsoft.error", new JsonObject { ["code"] = code, ["message"] = message });

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft card action {Verb} on entry {EntryId} refused")]
    private static partial void LogRefused(ILogger logger, string entryId, string verb);
}
