using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Tests.Escalation;

public sealed class EscalationServiceTests
{
    private static readonly StaffMember Staff = new("aad-1", "Nguyễn Văn Cán");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FakeTimeProvider MondayMorning() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    private static Official OfficialOf(string externalId, OfficialStatus status = OfficialStatus.Verified) => new()
    {
        Id = Official.IdFor("telegram", externalId), Channel = "telegram", ExternalId = externalId, ChatId = externalId,
        FullName = "Trần Thị Bình", Position = "Công chức", Commune = "Xã An Bình", Province = "Hà Nội", Status = status,
    };

    private static async Task<List<(string Kind, string Payload)>> OutboxAsync(TestBank test)
    {
        await using var connection = await test.Get<SqliteDatabase>().OpenAsync(Ct);
        var rows = await connection.QueryAsync<(string Kind, string Payload)>("SELECT kind, payload FROM outbox ORDER BY id");
        return rows.ToList();
    }

    [Fact]
    public async Task OpenAsync_Question_DurableTicketWithDeadlineAndTeamsNotice()
    {
        var time = MondayMorning();
        await using var test = await TestBank.CreateAsync(time: time);
        var result = await test.Get<EscalationService>().OpenAsync(new EscalationRequest(OfficialOf("1"), "Giá điện mặt trời mái nhà bán cho EVN tính thế nào?", "dien-luc", ["demo-1"]), Ct);

        Assert.True(result.Succeeded);
        var ticket = result.Ticket!;
        Assert.True(TicketCodes.LooksLikeCode(ticket.Code));
        Assert.Equal("cuc-dien-luc", ticket.Department);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(7)), ticket.DeadlineAt);
        Assert.Equal(TicketStatus.Open, (await test.Get<EscalationService>().GetAsync(ticket.Id, Ct))?.Status);
        Assert.Contains(await OutboxAsync(test), m => m.Kind == OutboxKinds.TeamsTicketOpened);
    }

    [Fact]
    public async Task OpenAsync_SameQuestionFromAnotherCommune_LinkedNotOpenedTwice()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        var first = await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Hộ kinh doanh bán rượu thủ công có cần giấy phép không?", "ruou", []), Ct);
        var second = await service.OpenAsync(new EscalationRequest(OfficialOf("2"), "ho kinh doanh ban ruou thu cong co can giay phep khong", "ruou", []), Ct);
        var other = await service.OpenAsync(new EscalationRequest(OfficialOf("3"), "Quy định về khoảng cách cửa hàng xăng dầu đến trường học?", "xang-dau", []), Ct);

        Assert.Equal(TicketStatus.Duplicate, second.Ticket!.Status);
        Assert.Equal(first.Ticket!.Id, second.Ticket.DuplicateOf);
        Assert.Equal(TicketStatus.Open, other.Ticket!.Status);
        Assert.Equal(2, (await OutboxAsync(test)).Count(m => m.Kind == OutboxKinds.TeamsTicketOpened));
    }

    [Fact]
    public async Task AnswerAsync_PrimaryWithDuplicate_DeliversToBothOfficialsOnceAndDraftsEntry()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        var first = await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Hộ kinh doanh bán rượu thủ công có cần giấy phép không?", "ruou", []), Ct);
        await service.OpenAsync(new EscalationRequest(OfficialOf("2"), "ho kinh doanh ban ruou thu cong co can giay phep khong?", "ruou", []), Ct);

        var answered = await service.AnswerAsync(first.Ticket!.Id, Staff, "Có, phải có giấy phép sản xuất rượu thủ công.", "Nghị định 105/2017/NĐ-CP, Điều 13", Ct);
        var again = await service.AnswerAsync(first.Ticket.Id, Staff, "Trả lời lần hai", null, Ct);

        Assert.True(answered.Succeeded);
        Assert.False(again.Succeeded);
        var deliveries = (await OutboxAsync(test)).Where(m => m.Kind == OutboxKinds.TelegramAnswer)
            .Select(m => JsonSerializer.Deserialize<AnswerDelivery>(m.Payload, KnowledgeJson.Options)!).ToList();
        Assert.Equal(["telegram:1", "telegram:2"], deliveries.Select(d => d.OfficialId).Order());
        Assert.All(deliveries, d => Assert.Equal("Cục Quản lý và Phát triển thị trường trong nước", d.DepartmentName));

        var handler = new StaffAnswerDraftHandler(test.Get<TicketStore>(), test.Bank);
        var draftNotice = (await OutboxAsync(test)).Single(m => m.Kind == OutboxKinds.KnowledgeDraft);
        await handler.HandleAsync(new OutboxMessage(1, draftNotice.Kind, "k", draftNotice.Payload, 0, DateTimeOffset.UtcNow), Ct);
        var draft = await test.Bank.Store.GetAsync($"ticket-{first.Ticket.Code.ToLowerInvariant()}", Ct);
        Assert.Equal(EntryStatus.Draft, draft?.Status);
        Assert.Equal(Provenance.StaffAnswer, draft?.Provenance);
        Assert.Equal("105/2017/NĐ-CP", draft?.References.Single().DocumentNumber);
    }

    [Fact]
    public async Task RequestAuthorityOpinionAsync_PauseThenAnswer_DeadlineExtendedByPausedWorkingTime()
    {
        var time = MondayMorning();
        await using var test = await TestBank.CreateAsync(time: time);
        var service = test.Get<EscalationService>();
        var opened = await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Xin ý kiến về thẩm quyền xử phạt hàng giả trên sàn TMĐT", "quan-ly-thi-truong", []), Ct);
        time.Advance(TimeSpan.FromHours(1));
        var paused = await service.RequestAuthorityOpinionAsync(opened.Ticket!.Id, Staff, "Bộ Tư pháp", Ct);
        Assert.Equal(SlaState.Paused, service.SlaOf(paused.Ticket!));
        time.Advance(TimeSpan.FromDays(1));
        var answered = await service.AnswerAsync(opened.Ticket.Id, Staff, "Đã có ý kiến.", null, Ct);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.FromHours(7)), answered.Ticket!.DeadlineAt);
        Assert.Equal(SlaState.OnTime, service.SlaOf(answered.Ticket));
    }

    [Fact]
    public async Task ListForOfficialAsync_TwoOfficials_EachSeesOnlyOwnTickets()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Câu hỏi về chợ hạng 3", "thi-truong-trong-nuoc", []), Ct);
        await service.OpenAsync(new EscalationRequest(OfficialOf("2"), "Câu hỏi về vật liệu nổ công nghiệp", "vat-lieu-no", []), Ct);

        var mine = await service.ListForOfficialAsync("telegram:1", Ct);
        Assert.Single(mine);
        Assert.All(mine, t => Assert.Equal("telegram:1", t.OfficialId));
    }

    [Fact]
    public async Task ReopenAsync_OtherOfficial_Refused()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        var opened = await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Câu hỏi về chợ hạng 3", "thi-truong-trong-nuoc", []), Ct);
        await service.AnswerAsync(opened.Ticket!.Id, Staff, "Trả lời.", null, Ct);

        Assert.False((await service.ReopenAsync(opened.Ticket.Id, "telegram:2", "còn hồ sơ thì sao?", Ct)).Succeeded);
        var reopened = await service.ReopenAsync(opened.Ticket.Id, "telegram:1", "còn hồ sơ thì sao?", Ct);
        Assert.Equal(TicketStatus.Open, reopened.Ticket!.Status);
        Assert.Contains("Hỏi thêm: còn hồ sơ thì sao?", reopened.Ticket.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_RejectedOfficialOrEmptyQuestion_RefusedWithVietnameseReason()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        var rejected = await service.OpenAsync(new EscalationRequest(OfficialOf("1", OfficialStatus.Rejected), "Câu hỏi", null, []), Ct);
        var empty = await service.OpenAsync(new EscalationRequest(OfficialOf("2"), "   ", null, []), Ct);

        Assert.Contains("chưa được chấp thuận", rejected.Problem, StringComparison.Ordinal);
        Assert.Contains("Bạn chưa nhập câu hỏi", empty.Problem, StringComparison.Ordinal);
        Assert.Empty(await OutboxAsync(test));
    }

    [Fact]
    public async Task ReassignAsync_UnknownDepartment_Refused()
    {
        await using var test = await TestBank.CreateAsync(time: MondayMorning());
        var service = test.Get<EscalationService>();
        var opened = await service.OpenAsync(new EscalationRequest(OfficialOf("1"), "Câu hỏi về chợ", "thi-truong-trong-nuoc", []), Ct);

        Assert.False((await service.ReassignAsync(opened.Ticket!.Id, Staff, "khong-co", Ct)).Succeeded);
        var moved = await service.ReassignAsync(opened.Ticket.Id, Staff, "cuc-hoa-chat", Ct);
        Assert.Equal("cuc-hoa-chat", moved.Ticket!.Department);
    }
}
