using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Editor.Tests.Editor;

/// <summary>The editor UI, portal and sign-in driven in a real Chromium against the real host on Kestrel.</summary>
public sealed class EditorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string FestivalQuestion = "Hộ kinh doanh bán rượu trong dịp lễ hội đình làng có phải xin giấy phép bán lẻ rượu tạm thời không?";
    private const string FestivalAnswer = "Không có loại giấy phép bán lẻ rượu tạm thời. Hộ kinh doanh bán rượu có độ cồn từ 5,5 độ trở lên tại lễ hội phải có giấy phép bán lẻ rượu do Phòng Kinh tế cấp xã cấp.";

    private async Task<KnowledgeEntry> SeedStaffDraftAsync(string id, string question, string answer, string documentNumber = "105/2017/NĐ-CP")
    {
        var bank = fixture.Host.Services.GetRequiredService<KnowledgeBank>();
        return await bank.SaveAsync(new KnowledgeEntry
        {
            Id = id,
            Kind = EntryKind.QuestionAnswer,
            Field = "ruou",
            Title = question,
            Question = question,
            Body = answer,
            Status = EntryStatus.Draft,
            Provenance = Provenance.StaffAnswer,
            References = [new LegalReference { DocumentNumber = documentNumber, DocumentType = "Nghị định", Title = "Nghị định về kinh doanh rượu", Article = "Điều 25" }],
        }, "test", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Approve_StaffDraft_PortalShowsItAndUnaccentedSearchAndAskFindIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = await fixture.NewContextAsync();
        await SeedStaffDraftAsync("ticket-hd-e2e001", FestivalQuestion, FestivalAnswer);

        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword);
        Assert.EndsWith("/bien-tap", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.ClickAsync("article[data-entry-id='ticket-hd-e2e001'] a");
        Assert.Equal("Bản nháp", (await page.TextContentAsync("#entry-status"))?.Trim());
        await page.ClickAsync("#approve");
        await page.WaitForSelectorAsync(".notice");
        Assert.Equal("Đã duyệt", (await page.TextContentAsync("#entry-status"))?.Trim());

        var portal = await context.NewPageAsync();
        await portal.GotoAsync("/hoi-dap?q=" + Uri.EscapeDataString("ho kinh doanh ban ruou le hoi dinh lang giay phep tam thoi"));
        await portal.ClickAsync("a[href='/hoi-dap/ticket-hd-e2e001']");
        Assert.Equal(FestivalQuestion, (await portal.TextContentAsync("h1"))?.Trim());
        Assert.Contains("Không có loại giấy phép bán lẻ rượu tạm thời", await portal.TextContentAsync("#answer"), StringComparison.Ordinal);
        Assert.Contains("105/2017/NĐ-CP", await portal.TextContentAsync("#legal-basis"), StringComparison.Ordinal);
        Assert.Equal("vi", await portal.GetAttributeAsync("html", "lang"));

        using var client = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var response = await client.PostAsJsonAsync("api/ask", new { question = FestivalQuestion }, ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var citedIds = json.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("entryId").GetString()).ToList();
        Assert.Contains("ticket-hd-e2e001", citedIds);
        Assert.Contains("/hoi-dap/ticket-hd-e2e001", await client.GetStringAsync("hoi-dap/feed.json", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorPages_SignedInEditor_AccessDenied()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword);

        var response = await page.GotoAsync("/van-hanh");

        Assert.Equal(403, response!.Status);
        Assert.Equal("/khong-co-quyen", new Uri(page.Url).AbsolutePath);
        Assert.Contains("Không có quyền", await page.TextContentAsync("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPages_Anonymous_RedirectedToSignIn()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/bien-tap/van-ban");

        Assert.Equal("/dang-nhap", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Đăng nhập", (await page.TextContentAsync("h1"))?.Trim());
    }

    [Fact]
    public async Task ApproveForm_WithoutAntiforgeryToken_RefusedAndEntryStaysDraft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = await fixture.NewContextAsync();
        await SeedStaffDraftAsync("ticket-hd-e2e002", "Câu hỏi thử chống giả mạo yêu cầu?", "Trả lời thử.");
        await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword);

        var response = await context.APIRequest.PostAsync("/bien-tap/muc/ticket-hd-e2e002?handler=Approve",
            new APIRequestContextOptions { Form = context.APIRequest.CreateFormData().Set("Comment", "giả mạo"), MaxRedirects = 0 });

        Assert.Equal(400, response.Status);
        var entry = await fixture.Host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync("ticket-hd-e2e002", ct);
        Assert.Equal(EntryStatus.Draft, entry!.Status);
    }

    [Fact]
    public async Task RepealDocument_InTheUi_FlagsCitingEntriesAndPortalMarksIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = await fixture.NewContextAsync();
        await fixture.Host.Services.GetRequiredService<LegalDocumentRegistry>().SaveAsync(
            new LegalDocument { Key = "77/2024/nd-cp", Number = "77/2024/NĐ-CP", Type = "Nghị định", Title = "Nghị định thử nghiệm" }, "test", ct);
        await SeedStaffDraftAsync("ticket-hd-e2e003", "Câu hỏi thử về văn bản bị bãi bỏ trong lĩnh vực rượu?", "Trả lời thử theo văn bản thử.", "77/2024/NĐ-CP");
        var workflow = fixture.Host.Services.GetRequiredService<EditorialWorkflow>();
        Assert.True((await workflow.ApproveAsync("ticket-hd-e2e003", "test", ct)).Succeeded);

        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword, "/bien-tap/van-ban");
        var row = page.Locator("tr[data-document='77/2024/NĐ-CP']");
        await row.Locator("select[name=Status]").SelectOptionAsync("Repealed");
        await row.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".notice");
        Assert.Contains("1 mục", await page.TextContentAsync(".notice"), StringComparison.Ordinal);

        await page.GotoAsync("/bien-tap?xem=Overdue");
        Assert.Contains("77/2024/NĐ-CP", await page.Locator("article[data-entry-id='ticket-hd-e2e003']").TextContentAsync(), StringComparison.Ordinal);
        var portal = await context.NewPageAsync();
        await portal.GotoAsync("/hoi-dap/ticket-hd-e2e003");
        Assert.Contains("đã hết hiệu lực", await portal.TextContentAsync("#legal-basis"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_DraftWithPhoneNumber_RefusedWithWarningAndStaysDraft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = await fixture.NewContextAsync();
        await SeedStaffDraftAsync("ticket-hd-e2e004", "Câu hỏi thử có số điện thoại trong trả lời?", "Anh liên hệ số 0912 345 678 để được hướng dẫn.");
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword, "/bien-tap/muc/ticket-hd-e2e004");
        Assert.Contains("0912 345 678", await page.TextContentAsync("#personal-data"), StringComparison.Ordinal);

        await page.ClickAsync("#approve");

        Assert.Contains("dữ liệu cá nhân", await page.TextContentAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("Bản nháp", (await page.TextContentAsync("#entry-status"))?.Trim());
        var entry = await fixture.Host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync("ticket-hd-e2e004", ct);
        Assert.Equal(EntryStatus.Draft, entry!.Status);
    }

    [Fact]
    public async Task SendBack_WithComment_AuditLogShowsEditorAndComment()
    {
        await using var context = await fixture.NewContextAsync();
        await SeedStaffDraftAsync("ticket-hd-e2e005", "Câu hỏi thử trả lại bản nháp?", "Trả lời chưa đủ căn cứ.");
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword, "/bien-tap/muc/ticket-hd-e2e005");

        await page.FillAsync("#Comment", "Bổ sung điều, khoản cụ thể");
        await page.ClickAsync("#send-back");
        await page.WaitForSelectorAsync(".notice");

        var audit = await page.TextContentAsync("#audit tbody");
        Assert.Contains(BrowserFixture.EditorName, audit, StringComparison.Ordinal);
        Assert.Contains("Trả lại", audit, StringComparison.Ordinal);
        Assert.Contains("Bổ sung điều, khoản cụ thể", audit, StringComparison.Ordinal);
    }
}
