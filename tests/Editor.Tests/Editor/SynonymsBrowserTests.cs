using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Editor.Tests.Editor;

/// <summary>The thesaurus page in a real Chromium: an editor's set answers a question worded otherwise, at once, until retired.</summary>
public sealed class SynonymsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string EntryId = "e2e-nhua-mot-lan";
    private const string Question = "túi ni lông có bị hạn chế lưu hành không";

    [Fact]
    public async Task AddSet_QuestionInOtherWords_AnsweredThroughItUntilRetired()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.Host.Services.GetRequiredService<KnowledgeBank>().SaveAsync(new KnowledgeEntry
        {
            Id = EntryId,
            Kind = EntryKind.QuestionAnswer,
            Field = "thi-truong-trong-nuoc",
            Title = "Sản phẩm nhựa dùng một lần có bị hạn chế lưu hành không?",
            Question = "Sản phẩm nhựa dùng một lần có bị hạn chế lưu hành không?",
            Body = "Sản phẩm nhựa dùng một lần bị hạn chế sản xuất và lưu hành tại siêu thị, trung tâm thương mại theo lộ trình của Chính phủ.",
            Status = EntryStatus.Approved,
        }, "test", ct);
        Assert.DoesNotContain(EntryId, await CitedAsync(ct));

        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword, "/bien-tap/tu-dong-nghia");
        await page.FillAsync("#Members", "túi ni lông\nsản phẩm nhựa dùng một lần");
        await page.ClickAsync("#add-set button");
        var added = page.Locator("#sets tr[data-active=true]", new() { HasTextString = "túi ni lông ~ sản phẩm nhựa dùng một lần" });
        await added.WaitForAsync();
        Assert.Contains(BrowserFixture.EditorName, await page.Locator("#changes tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);

        var chat = await context.NewPageAsync();
        await chat.GotoAsync("/");
        await chat.FillAsync("#question", "tui ni long co bi han che luu hanh khong");
        await chat.ClickAsync("#ask-button");
        var answer = chat.Locator("[data-testid=answer]");
        await answer.WaitForAsync();
        Assert.EndsWith("/hoi-dap/" + EntryId, await answer.Locator(".sources a").First.GetAttributeAsync("href"), StringComparison.Ordinal);

        await added.Locator("button.retire").ClickAsync();
        await page.Locator("#sets tr[data-active=false]", new() { HasTextString = "túi ni lông" }).WaitForAsync();
        Assert.Contains("Ngừng dùng", await page.Locator("#changes tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(EntryId, await CitedAsync(ct));
    }

    [Fact]
    public async Task AddSet_FunctionWord_RefusedWithVietnameseMessage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.EditorName, BrowserFixture.EditorPassword, "/bien-tap/tu-dong-nghia");

        await page.FillAsync("#Members", "của\nhồ sơ");
        await page.ClickAsync("#add-set button");
        var problem = page.Locator(".problem");
        await problem.WaitForAsync();

        Assert.Contains("là hư từ", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#sets tr", new() { HasTextString = "của ~ hồ sơ" }).CountAsync());
    }

    private async Task<List<string?>> CitedAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var response = await client.PostAsJsonAsync("api/ask", new { question = Question }, ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("entryId").GetString()).ToList();
    }
}
