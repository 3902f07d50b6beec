using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class EditorialWorkflowTests
{
    private const string Question = "Cửa hàng tạp hóa bán rượu dưới 5,5 độ có cần giấy phép không?";
    private const string AnswerText = "Bán rượu có độ cồn dưới 5,5 độ không phải cấp giấy phép bán lẻ rượu nhưng phải bảo đảm điều kiện về an toàn thực phẩm.";

    private static KnowledgeEntry StaffDraft(string id = "ticket-hd-test01") => TestBank.Qa(id, "ruou", Question, AnswerText, "105/2017/NĐ-CP", "Điều 16", EntryStatus.Draft)
        with { Provenance = Provenance.StaffAnswer };

    [Fact]
    public async Task ApproveAsync_StaffDraft_AnswerServiceCitesItAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync([.. TestBank.SampleEntries(), StaffDraft()]);
        var before = await bank.Get<AnswerService>().AskAsync("cua hang tap hoa ban ruou duoi 5,5 do co can giay phep khong", ct);
        Assert.DoesNotContain(before.Citations, c => c.EntryId == "ticket-hd-test01");

        var result = await bank.Get<EditorialWorkflow>().ApproveAsync("ticket-hd-test01", "bientap.an", ct);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(EntryStatus.Approved, result.Entry!.Status);
        var after = await bank.Get<AnswerService>().AskAsync("cua hang tap hoa ban ruou duoi 5,5 do co can giay phep khong", ct);
        Assert.Equal(AnswerOutcome.Answered, after.Outcome);
        Assert.Contains(after.Citations, c => c.EntryId == "ticket-hd-test01");
    }

    [Fact]
    public async Task ApproveAsync_Approved_WritesAuditWithBeforeAndAfterAndSetsReviewDate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync([StaffDraft()]);

        await bank.Get<EditorialWorkflow>().ApproveAsync("ticket-hd-test01", "bientap.an", ct);

        var audit = Assert.Single(await bank.Get<AuditLog>().ListAsync(AuditRecord.EntrySubject, "ticket-hd-test01", ct));
        Assert.Equal(EditorialAction.Approved, audit.Action);
        Assert.Equal("bientap.an", audit.Actor);
        Assert.Contains("\"status\":\"Draft\"", audit.BeforeJson, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":\"Approved\"", audit.AfterJson, StringComparison.OrdinalIgnoreCase);
        var record = await bank.Get<EditorialStore>().GetAsync("ticket-hd-test01", ct);
        Assert.NotNull(record?.ReviewBy);
        Assert.True(record.ReviewBy > DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [Fact]
    public async Task ApproveAsync_AlreadyApproved_RefusedWithoutAudit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());

        var result = await bank.Get<EditorialWorkflow>().ApproveAsync("ruou-hoso", "bientap.an", ct);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Problem);
        Assert.Empty(await bank.Get<AuditLog>().ListAsync(AuditRecord.EntrySubject, "ruou-hoso", ct));
    }

    [Fact]
    public async Task ApproveAsync_UnknownEntry_NotFound()
    {
        await using var bank = await TestBank.CreateAsync();

        var result = await bank.Get<EditorialWorkflow>().ApproveAsync("khong-co", "bientap.an", TestContext.Current.CancellationToken);

        Assert.True(result.NotFound);
    }

    [Fact]
    public async Task ApproveAsync_PhoneInAnswer_RefusedAndStaysDraft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync([StaffDraft() with { Body = AnswerText + " Cần hỏi thêm gọi 0912 345 678." }]);

        var result = await bank.Get<EditorialWorkflow>().ApproveAsync("ticket-hd-test01", "bientap.an", ct);

        Assert.False(result.Succeeded);
        Assert.Contains(result.PersonalData, f => f.Kind == PersonalDataKind.Phone);
        Assert.Equal(EntryStatus.Draft, (await bank.Bank.Store.GetAsync("ticket-hd-test01", ct))!.Status);
    }

    [Fact]
    public async Task ApproveAsync_StaffDraftNamingTheAsker_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        var official = await bank.Get<OfficialRegistry>().RegisterAsync(new Official
        {
            Id = "telegram:42", Channel = "telegram", ExternalId = "42", ChatId = "42", FullName = "Lê Thị Mai", Position = "Công chức", Commune = "Xã Yên Lạc", Province = "Phú Thọ",
        }, ct);
        var opened = await bank.Get<EscalationService>().OpenAsync(new EscalationRequest(official, Question, "ruou", []), ct);
        var answered = await bank.Get<EscalationService>().AnswerAsync(opened.Ticket!.Id, new StaffMember("s1", "Cán bộ Cục"), "Chị Lê Thị Mai lưu ý: " + AnswerText, null, ct);
        var draft = await bank.Bank.SaveAsync(StaffAnswerDraftHandler.DraftFor(answered.Ticket!), "test", ct);

        var origin = await bank.Get<DraftOrigins>().FindAsync(draft, EditorialStore.DefaultFor(draft), ct);
        var result = await bank.Get<EditorialWorkflow>().ApproveAsync(draft.Id, "bientap.an", ct);

        Assert.Equal(["Phú Thọ"], origin.Provinces);
        Assert.Contains(Question, origin.Questions);
        Assert.False(result.Succeeded);
        Assert.Contains(result.PersonalData, f => f.Kind == PersonalDataKind.AskerName);
    }

    [Fact]
    public async Task SendBackAsync_WithoutComment_Refused()
    {
        await using var bank = await TestBank.CreateAsync([StaffDraft()]);

        var result = await bank.Get<EditorialWorkflow>().SendBackAsync("ticket-hd-test01", "bientap.an", "  ", TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task SendBackAsync_WithComment_StaysDraftAndKeepsComment()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync([StaffDraft()]);

        var result = await bank.Get<EditorialWorkflow>().SendBackAsync("ticket-hd-test01", "bientap.an", "Bổ sung điều khoản", ct);

        Assert.True(result.Succeeded);
        Assert.Equal(EntryStatus.Draft, result.Entry!.Status);
        var record = await bank.Get<EditorialStore>().GetAsync("ticket-hd-test01", ct);
        Assert.Equal(EditorialAction.SentBack, record!.LastAction);
        Assert.Equal("Bổ sung điều khoản", record.Comment);
    }

    [Fact]
    public async Task RetireAsync_ApprovedEntry_LeavesTheIndex()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());

        var result = await bank.Get<EditorialWorkflow>().RetireAsync("ruou-thoihan", "bientap.an", "Hết áp dụng", ct);

        Assert.True(result.Succeeded);
        var hits = await bank.Get<Knowledge.Retrieval.Retriever>().SearchAsync("thời hạn giấy phép bán lẻ rượu", Knowledge.Retrieval.SearchFilter.ApprovedOnly with { Statuses = [EntryStatus.Approved, EntryStatus.Draft, EntryStatus.Retired] }, 10, cancellationToken: ct);
        Assert.DoesNotContain(hits, h => h.EntryId == "ruou-thoihan");
    }

    [Fact]
    public async Task RejectAsync_Draft_RetiredWithAuditedComment()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync([StaffDraft()]);

        var result = await bank.Get<EditorialWorkflow>().RejectAsync("ticket-hd-test01", "bientap.an", "Trùng nội dung", ct);

        Assert.Equal(EntryStatus.Retired, result.Entry!.Status);
        var audit = Assert.Single(await bank.Get<AuditLog>().ListAsync(AuditRecord.EntrySubject, "ticket-hd-test01", ct));
        Assert.Equal((EditorialAction.Rejected, "Trùng nội dung"), (audit.Action, audit.Comment));
    }

    [Fact]
    public async Task SaveAsync_NewDraftWithUnknownDocument_CreatedAndFlagsTheNumber()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bank = await TestBank.CreateAsync(TestBank.SampleEntries());
        await bank.Get<LegalDocumentRegistry>().ImportFromBankAsync("test", ct);

        var result = await bank.Get<EditorialWorkflow>().SaveAsync(new EntryEdit
        {
            Field = "ruou",
            Title = "Giấy phép bán buôn rượu",
            Body = "Do Sở Công Thương cấp.",
            References = [new LegalReference { DocumentNumber = "105/2017/NĐ-CP" }, new LegalReference { DocumentNumber = "999/2099/NĐ-CP" }],
        }, "bientap.an", ct);

        Assert.True(result.Succeeded);
        Assert.Equal(EntryStatus.Draft, result.Entry!.Status);
        Assert.Equal(Provenance.Editor, result.Entry.Provenance);
        Assert.Equal(["999/2099/NĐ-CP"], result.UnknownDocuments);
    }

    [Fact]
    public async Task SaveAsync_UnknownField_Refused()
    {
        await using var bank = await TestBank.CreateAsync();

        var result = await bank.Get<EditorialWorkflow>().SaveAsync(new EntryEdit { Field = "khong-ton-tai", Title = "T", Body = "B" }, "bientap.an", TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
    }
}
