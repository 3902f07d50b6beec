using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Connector;
using MoitBot.Bot.Channels.Teams.Protocol;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Action.Execute on an escalation card ("adaptiveCard/action"): checks the clicking user belongs to
/// the responsible department's team, calls the escalation domain, and answers with the updated card.
/// Everyone else's copy is updated by the outbox notice the domain wrote with the change.
/// </summary>
public sealed partial class CardActionHandler(
    EscalationService escalation,
    CardViewFactory views,
    TeamsStore store,
    TeamsConnectorClient connector,
    Retriever retriever,
    KnowledgeStore knowledge,
    MinistryCatalog catalog,
    DraftActionHandler drafts,
    ILogger<CardActionHandler> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!CardAction.TryParse(activity.Value, out var action))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Thao tác không hợp lệ.");
        }

        if (action.Verb.StartsWith(DraftCardVerbs.Prefix, StringComparison.Ordinal))
        {
            return await drafts.HandleAsync(activity, action, cancellationToken);
        }

        var ticket = action.TicketId is { } id ? await escalation.GetAsync(id, cancellationToken) : null;
        if (ticket is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", "Không tìm thấy phiếu câu hỏi.");
        }

        var refusal = await CheckStaffAsync(activity, ticket, cancellationToken);
        if (refusal is not null)
        {
            LogRefused(logger, ticket.Code, action.Verb);
            return await CardAsync(ticket, refusal, true, [], cancellationToken);
        }

        var staff = new StaffMember(activity.From?.AadObjectId ?? activity.From!.Id!, activity.From?.Name ?? activity.From!.Id!);
        if (action.Verb == CardVerbs.SearchEntries)
        {
            var candidates = await SearchAsync(action.Input(CardVerbs.EntryQueryInput), cancellationToken);
            var message = candidates.Count == 0 ? "Không tìm thấy mục hỏi đáp đã phê duyệt phù hợp." : "Chọn một mục bên dưới để gửi cho cán bộ xã.";
            return await CardAsync(ticket, message, candidates.Count == 0, candidates, cancellationToken);
        }

        var result = action.Verb switch
        {
            CardVerbs.Claim => await escalation.ClaimAsync(ticket.Id, staff, cancellationToken),
            CardVerbs.Answer => await escalation.AnswerAsync(ticket.Id, staff, action.Input(CardVerbs.AnswerInput) ?? string.Empty, action.Input(CardVerbs.LegalBasisInput), cancellationToken),
            CardVerbs.Reassign => await escalation.ReassignAsync(ticket.Id, staff, action.Input(CardVerbs.DepartmentInput) ?? string.Empty, cancellationToken),
            CardVerbs.NeedAuthority => string.IsNullOrWhiteSpace(action.Input(CardVerbs.AuthorityInput))
                ? TicketActionResult.Refused("Vui lòng ghi rõ cơ quan cần xin ý kiến.", ticket)
                : await escalation.RequestAuthorityOpinionAsync(ticket.Id, staff, action.Input(CardVerbs.AuthorityInput)!, cancellationToken),
            CardVerbs.Resume => await escalation.ResumeAsync(ticket.Id, staff, cancellationToken),
            CardVerbs.LinkEntry => await escalation.LinkExistingAnswerAsync(ticket.Id, staff, action.Input(CardVerbs.EntryIdInput) ?? string.Empty, cancellationToken),
            CardVerbs.InviteLegal => await escalation.InvolveLegalDepartmentAsync(ticket.Id, staff, cancellationToken),
            CardVerbs.Refresh => TicketActionResult.Ok(ticket),
            _ => TicketActionResult.Refused("Thao tác này không được hỗ trợ.", ticket),
        };
        var current = result.Ticket ?? ticket;
        var notice = result.Succeeded ? Confirmation(action.Verb, staff, current) : result.Problem;
        return await CardAsync(current, notice, !result.Succeeded, [], cancellationToken);
    }

    /// <summary>Null when the user may act; otherwise a Vietnamese refusal.</summary>
    private async Task<string?> CheckStaffAsync(Activity activity, Ticket ticket, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is null || activity.ServiceUrl is null)
        {
            return "Không xác định được người thao tác.";
        }

        var card = activity.ReplyToId is null ? null : await store.FindCardAsync(activity.ReplyToId, cancellationToken);
        var channelId = card?.ChannelId ?? activity.TeamsChannelId;
        // The card's row already names its department and team; the channel's row is read only when they are missing.
        var channel = channelId is null || card?.TeamId is not null ? null : await store.GetChannelAsync(channelId, cancellationToken);
        var department = card?.Department ?? channel?.Department;
        var responsible = department == ticket.Department || (ticket.InvolvesLegal && department == catalog.LegalDepartment.Code);
        if (!responsible)
        {
            var name = catalog.FindDepartment(ticket.Department)?.Name ?? ticket.Department;
            return $"Phiếu này do {name} phụ trách; chỉ thành viên nhóm Teams của đơn vị đó được thao tác.";
        }

        var teamId = card?.TeamId ?? channel?.TeamId ?? activity.ChannelData?.Team?.Id ?? channelId;
        if (teamId is null)
        {
            return "Chỉ thao tác được trên phiếu trong kênh Teams của đơn vị.";
        }

        var member = await connector.GetMemberAsync(activity.ServiceUrl, teamId, activity.From.Id, cancellationToken);
        return member is null ? "Bạn không thuộc nhóm Teams của đơn vị phụ trách nên không thể thao tác trên phiếu này." : null;
    }

    private async Task<IReadOnlyList<CardChoice>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var exact = await knowledge.GetAsync(query.Trim(), cancellationToken);
        if (exact is { Status: EntryStatus.Approved })
        {
            return [new CardChoice(exact.Id, exact.Title)];
        }

        var hits = await retriever.SearchAsync(query, SearchFilter.ApprovedOnly, 5, SearchMode.Hybrid, cancellationToken);
        var entries = await knowledge.GetManyAsync(hits.Select(h => h.EntryId).ToList(), cancellationToken);
        var byId = entries.Where(e => e.Status == EntryStatus.Approved).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return hits.Select(h => byId.GetValueOrDefault(h.EntryId)).OfType<KnowledgeEntry>().Select(e => new CardChoice(e.Id, $"{e.Title} ({e.Id})")).ToList();
    }

    private async Task<AdaptiveCardInvokeResponse> CardAsync(Ticket ticket, string? notice, bool isError, IReadOnlyList<CardChoice> candidates, CancellationToken cancellationToken)
    {
        var view = await views.CreateAsync(ticket, cancellationToken) with { Notice = notice, NoticeIsError = isError, LinkCandidates = candidates };
        return AdaptiveCardInvokeResponse.Card(EscalationCard.Build(view));
    }

    private string? Confirmation(string verb, StaffMember staff, Ticket ticket) => verb switch
    {
        CardVerbs.Claim => $"{staff.Name} đã nhận xử lý phiếu.",
        CardVerbs.Answer or CardVerbs.LinkEntry => "Đã ghi nhận câu trả lời; câu trả lời đang được gửi tới cán bộ xã.",
        CardVerbs.Reassign => $"Đã chuyển phiếu sang {catalog.FindDepartment(ticket.Department)?.Name}.",
        CardVerbs.NeedAuthority => "Đã tạm dừng tính hạn trong thời gian chờ ý kiến cơ quan có thẩm quyền.",
        CardVerbs.Resume => "Đã tiếp tục tính hạn.",
        CardVerbs.InviteLegal => "Đã mời Vụ Pháp chế phối hợp.",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Verb} on ticket {TicketCode} refused")]
    private static partial void LogRefused(ILogger logger, string ticketCode, string verb);
}
