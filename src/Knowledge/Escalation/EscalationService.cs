using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Escalation;

/// <summary>
/// Tickets from the moment an official asks for a human answer until the answer is delivered.
/// Every change and the messages it causes (Teams card, delivery to the official, draft entry)
/// are written in one transaction; the outbox sends them afterwards, exactly once.
/// </summary>
public sealed partial class EscalationService(
    TicketStore store,
    OutboxStore outbox,
    WorkingCalendar calendar,
    MinistryCatalog catalog,
    DepartmentRouter router,
    KnowledgeStore knowledge,
    TimeProvider timeProvider,
    ILogger<EscalationService> logger)
{
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromDays(14);

    // The SQL form of Ticket.IsOpen.
    private const string IsOpenSql = "status IN ('Open','Claimed','WaitingAuthority')";

    public async Task<TicketActionResult> OpenAsync(EscalationRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Official.Status == OfficialStatus.Rejected)
        {
            return TicketActionResult.Refused("Đăng ký của bạn chưa được chấp thuận nên chưa thể gửi câu hỏi lên Bộ. Vui lòng liên hệ Sở Công Thương để được hỗ trợ.");
        }

        var (question, problem) = QuestionValidator.Check(request.Question, 4000);
        if (problem is not null)
        {
            return TicketActionResult.Refused(problem);
        }

        var routed = router.Route(question, []);
        var field = catalog.FindField(request.FieldCode) ?? routed.Field;
        var department = catalog.DepartmentOf(field.Code);
        var now = timeProvider.GetUtcNow();
        var ticket = new Ticket
        {
            Code = TicketCodes.New(),
            Question = question,
            Field = field.Code,
            Department = department.Code,
            InvolvesLegal = request.InvolvesLegal ?? routed.InvolvesLegal,
            OfficialId = request.Official.Id,
            Channel = request.Official.Channel,
            ChatId = request.Official.ChatId,
            ReceivedAt = now,
            DeadlineAt = calendar.DeadlineFor(now),
            BotSources = request.BotSources,
            Attachments = request.Attachments ?? [],
            UpdatedAt = now,
        };

        var primary = await FindOpenDuplicateAsync(ticket, cancellationToken);
        if (primary is not null)
        {
            ticket = ticket with { Status = TicketStatus.Duplicate, DuplicateOf = primary.Id, DeadlineAt = primary.DeadlineAt };
        }

        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var id = await TicketStore.InsertAsync(connection, transaction, ticket, cancellationToken);
        ticket = ticket with { Id = id };
        await TicketStore.AddEventAsync(connection, transaction, new TicketEvent(id, primary is null ? "opened" : "linked-duplicate", request.Official.Id, primary?.Code, now), cancellationToken);
        if (primary is null)
        {
            await outbox.EnqueueAsync(connection, transaction, OutboxKinds.TeamsTicketOpened, $"opened:{id}", new TicketNotice(id, "opened", null), cancellationToken);
        }
        else
        {
            await outbox.EnqueueAsync(connection, transaction, OutboxKinds.TeamsTicketUpdated, $"duplicate:{primary.Id}:{id}", new TicketNotice(primary.Id, "duplicate-linked", ticket.Code), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogOpened(logger, ticket.Code, ticket.Department, primary?.Code);
        return TicketActionResult.Ok(ticket);
    }

    public Task<TicketActionResult> ClaimAsync(long ticketId, StaffMember staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(ticketId, staff.Name, "claimed", null, ticket =>
            ticket.Status == TicketStatus.Open || (ticket.Status == TicketStatus.Claimed && ticket.ClaimedBy != staff.Name)
                ? ticket with { Status = TicketStatus.Claimed, ClaimedBy = staff.Name }
                : null, cancellationToken);

    public Task<TicketActionResult> AnswerAsync(long ticketId, StaffMember staff, string answer, string? legalBasis, CancellationToken cancellationToken = default)
    {
        var text = VietnameseText.Normalize(answer).Trim();
        if (text.Length == 0)
        {
            return Task.FromResult(TicketActionResult.Refused("Nội dung trả lời đang để trống."));
        }

        var basis = string.IsNullOrWhiteSpace(legalBasis) ? null : VietnameseText.Normalize(legalBasis).Trim();
        return ChangeAsync(ticketId, staff.Name, "answered", null, ticket => ticket.IsOpen ? Answered(ticket, staff, text, basis, null) : null, cancellationToken);
    }

    /// <summary>Answers with an approved entry of the bank ("Đã có câu trả lời").</summary>
    public async Task<TicketActionResult> LinkExistingAnswerAsync(long ticketId, StaffMember staff, string entryId, CancellationToken cancellationToken = default)
    {
        var entry = await knowledge.GetAsync(entryId, cancellationToken);
        if (entry is not { Status: EntryStatus.Approved })
        {
            return TicketActionResult.Refused("Không tìm thấy mục hỏi đáp đã phê duyệt với mã này.");
        }

        var basis = string.Join("; ", entry.References.Select(r => string.Join(", ", new[] { r.DisplayTitle, r.Locator }.Where(p => !string.IsNullOrWhiteSpace(p)))));
        return await ChangeAsync(ticketId, staff.Name, "linked-entry", entryId,
            ticket => ticket.IsOpen ? Answered(ticket, staff, entry.Body, basis.Length == 0 ? null : basis, entryId) : null, cancellationToken);
    }

    public Task<TicketActionResult> ReassignAsync(long ticketId, StaffMember staff, string departmentCode, CancellationToken cancellationToken = default)
    {
        var department = catalog.FindDepartment(departmentCode);
        if (department is null)
        {
            return Task.FromResult(TicketActionResult.Refused($"Không có đơn vị mã \"{departmentCode}\"."));
        }

        var field = catalog.Fields.FirstOrDefault(f => f.Department == department.Code);
        return ChangeAsync(ticketId, staff.Name, "reassigned", department.Code, ticket =>
            ticket.IsOpen && ticket.Department != department.Code
                ? ticket with { Department = department.Code, Field = field?.Code ?? ticket.Field, Status = TicketStatus.Open, ClaimedBy = null }
                : null, cancellationToken);
    }

    /// <summary>"Cần xin ý kiến cơ quan có thẩm quyền": the SLA clock stops until the ticket is resumed or answered.</summary>
    public Task<TicketActionResult> RequestAuthorityOpinionAsync(long ticketId, StaffMember staff, string authority, CancellationToken cancellationToken = default) =>
        ChangeAsync(ticketId, staff.Name, "waiting-authority", authority, ticket =>
            ticket.Status is TicketStatus.Open or TicketStatus.Claimed
                ? ticket with { Status = TicketStatus.WaitingAuthority, PausedAt = timeProvider.GetUtcNow(), Authority = VietnameseText.Normalize(authority).Trim(), ClaimedBy = ticket.ClaimedBy ?? staff.Name }
                : null, cancellationToken);

    public Task<TicketActionResult> ResumeAsync(long ticketId, StaffMember staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(ticketId, staff.Name, "resumed", null, ticket =>
            ticket.Status == TicketStatus.WaitingAuthority ? Resumed(ticket) with { Status = TicketStatus.Claimed } : null, cancellationToken);

    /// <summary>Vụ Pháp chế joins a ticket on mechanisms, policies or law.</summary>
    public Task<TicketActionResult> InvolveLegalDepartmentAsync(long ticketId, StaffMember staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(ticketId, staff.Name, "legal-joined", catalog.LegalDepartment.Code, ticket =>
            ticket.IsOpen && !ticket.InvolvesLegal ? ticket with { InvolvesLegal = true } : null, cancellationToken);

    /// <summary>The official asks a follow-up on an answered ticket: it reopens in the same Teams thread with a new deadline.</summary>
    public Task<TicketActionResult> ReopenAsync(long ticketId, string officialId, string followUp, CancellationToken cancellationToken = default)
    {
        var text = VietnameseText.Normalize(followUp).Trim();
        var now = timeProvider.GetUtcNow();
        return ChangeAsync(ticketId, officialId, "reopened", text, ticket =>
            ticket.OfficialId == officialId && ticket.Status == TicketStatus.Answered && text.Length > 0
                ? ticket with { Status = TicketStatus.Open, Question = $"{ticket.Question}\n\nHỏi thêm: {text}", DeadlineAt = calendar.DeadlineFor(now), ReceivedAt = now, DuplicateOf = null }
                : null, cancellationToken);
    }

    public Task<Ticket?> GetAsync(long ticketId, CancellationToken cancellationToken = default) => store.GetAsync(ticketId, cancellationToken);

    public async Task<Ticket?> GetByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var found = await store.ListAsync("code = @code", new { code = code.Trim().ToUpperInvariant() }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>An official's own tickets, newest first. Never another official's.</summary>
    public Task<IReadOnlyList<Ticket>> ListForOfficialAsync(string officialId, CancellationToken cancellationToken = default) =>
        store.ListAsync("official_id = @officialId ORDER BY id DESC LIMIT 50", new { officialId }, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListOpenAsync(string? departmentCode = null, CancellationToken cancellationToken = default) =>
        store.ListAsync($"{IsOpenSql}{(departmentCode is null ? "" : " AND department = @departmentCode")} ORDER BY deadline_at", new { departmentCode }, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListDuplicatesAsync(long primaryId, CancellationToken cancellationToken = default) =>
        store.ListAsync("duplicate_of = @primaryId ORDER BY id", new { primaryId }, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        store.ListAsync("received_at >= @from AND received_at < @to ORDER BY id", new { from = StoredTime.Format(from), to = StoredTime.Format(to) }, cancellationToken);

    public Task<IReadOnlyList<TicketEvent>> HistoryAsync(long ticketId, CancellationToken cancellationToken = default) => store.EventsAsync(ticketId, cancellationToken);

    public SlaState SlaOf(Ticket ticket) => calendar.StateOf(ticket, timeProvider.GetUtcNow());

    private Ticket Answered(Ticket ticket, StaffMember staff, string answer, string? legalBasis, string? entryId) =>
        (ticket.Status == TicketStatus.WaitingAuthority ? Resumed(ticket) : ticket) with
        {
            Status = TicketStatus.Answered,
            Answer = answer,
            LegalBasis = legalBasis,
            AnsweredBy = staff.Name,
            AnsweredAt = timeProvider.GetUtcNow(),
            AnswerCount = ticket.AnswerCount + 1,
            ClaimedBy = ticket.ClaimedBy ?? staff.Name,
            LinkedEntryId = entryId ?? ticket.LinkedEntryId,
        };

    private Ticket Resumed(Ticket ticket)
    {
        var paused = ticket.PausedAt is { } at ? calendar.WorkingTimeBetween(at, timeProvider.GetUtcNow()) : TimeSpan.Zero;
        return ticket with { PausedAt = null, DeadlineAt = paused > TimeSpan.Zero ? calendar.AddWorkingTime(ticket.DeadlineAt, paused) : ticket.DeadlineAt };
    }

    private async Task<Ticket?> FindOpenDuplicateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        IEnumerable<Ticket> candidates = await store.ListAsync(
            $"department = @Department AND duplicate_of IS NULL AND {IsOpenSql} AND received_at >= @since ORDER BY id",
            new { ticket.Department, since = StoredTime.Format(ticket.ReceivedAt - DuplicateWindow) }, cancellationToken);
        return candidates
            .Select(c => (Ticket: c, Score: DuplicateDetector.Similarity(c.Question, ticket.Question)))
            .Where(x => x.Score >= DuplicateDetector.DefaultThreshold)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Ticket)
            .FirstOrDefault();
    }

    private async Task<TicketActionResult> ChangeAsync(long ticketId, string actor, string action, string? detail, Func<Ticket, Ticket?> change, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var ticket = await TicketStore.GetAsync(connection, transaction, ticketId, cancellationToken);
        if (ticket is null)
        {
            return TicketActionResult.Refused("Không tìm thấy phiếu câu hỏi.");
        }

        if (ticket.Status == TicketStatus.Duplicate)
        {
            return TicketActionResult.Refused("Câu hỏi này đã được gộp với một phiếu khác; vui lòng xử lý trên phiếu gốc.", ticket);
        }

        var changed = change(ticket);
        if (changed is null)
        {
            return TicketActionResult.Refused(RefusalFor(ticket), ticket);
        }

        var now = timeProvider.GetUtcNow();
        changed = changed with { UpdatedAt = now };
        await TicketStore.UpdateAsync(connection, transaction, changed, cancellationToken);
        await TicketStore.AddEventAsync(connection, transaction, new TicketEvent(ticketId, action, actor, detail, now), cancellationToken);
        await outbox.EnqueueAsync(connection, transaction, OutboxKinds.TeamsTicketUpdated, $"{action}:{ticketId}:{now.UtcTicks}", new TicketNotice(ticketId, action, actor), cancellationToken);
        if (changed.Status == TicketStatus.Answered && ticket.Status != TicketStatus.Answered)
        {
            await DeliverAsync(connection, transaction, changed, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TicketActionResult.Ok(changed);
    }

    private async Task DeliverAsync(SqliteConnection connection, SqliteTransaction transaction, Ticket answered, CancellationToken cancellationToken)
    {
        var departmentName = catalog.FindDepartment(answered.Department)?.Name ?? answered.Department;
        var linked = await store.ListAsync("duplicate_of = @Id AND status = 'Duplicate'", new { answered.Id }, cancellationToken);
        foreach (var target in linked.Prepend(answered))
        {
            if (target.Id != answered.Id)
            {
                var duplicate = target with
                {
                    Status = TicketStatus.Answered, Answer = answered.Answer, LegalBasis = answered.LegalBasis, AnsweredBy = answered.AnsweredBy,
                    AnsweredAt = answered.AnsweredAt, AnswerCount = target.AnswerCount + 1, LinkedEntryId = answered.LinkedEntryId, UpdatedAt = answered.UpdatedAt,
                };
                await TicketStore.UpdateAsync(connection, transaction, duplicate, cancellationToken);
                await TicketStore.AddEventAsync(connection, transaction, new TicketEvent(target.Id, "answered-with-primary", answered.AnsweredBy ?? "", answered.Code, answered.UpdatedAt), cancellationToken);
            }

            var delivery = new AnswerDelivery(target.Id, target.Code, target.Channel, target.ChatId, target.OfficialId, target.Question,
                answered.Answer!, answered.LegalBasis, departmentName, answered.LinkedEntryId);
            await outbox.EnqueueAsync(connection, transaction, OutboxKinds.AnswerKindFor(target.Channel), $"answer:{target.Id}:{answered.AnswerCount}", delivery, cancellationToken);
        }

        if (answered.LinkedEntryId is null)
        {
            await outbox.EnqueueAsync(connection, transaction, OutboxKinds.KnowledgeDraft, $"draft:{answered.Id}:{answered.AnswerCount}", new TicketNotice(answered.Id, "answered", answered.AnsweredBy), cancellationToken);
        }
    }

    private static string RefusalFor(Ticket ticket) => ticket.Status switch
    {
        TicketStatus.Answered => "Phiếu này đã được trả lời.",
        TicketStatus.WaitingAuthority => "Phiếu đang chờ ý kiến cơ quan có thẩm quyền.",
        TicketStatus.Claimed => $"Phiếu đang do {ticket.ClaimedBy} xử lý.",
        _ => "Không thể thực hiện thao tác này với phiếu ở trạng thái hiện tại.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketCode} opened for department {Department}; duplicate of {PrimaryCode}")]
    private static partial void LogOpened(ILogger logger, string ticketCode, string department, string? primaryCode);
}
