namespace MoitBot.Editor.Tests.Chat;

/// <summary>The local chat page a newcomer uses, in a real Chromium against the real host and demo bank.</summary>
public sealed class ChatPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Ask_UnaccentedQuestion_ShowsAnswerWithCitationLink()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/").ToString());

        await page.FillAsync("#question", "giay phep ban le ruou can ho so gi");
        await page.ClickAsync("#ask-button");
        var answer = page.Locator("[data-testid=answer]");
        await answer.WaitForAsync();

        Assert.Contains("rượu", await answer.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var link = answer.Locator(".sources a").First;
        Assert.Contains("/hoi-dap/demo-ruou-", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("105/2017/NĐ-CP", await link.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionWithMarkup_ShownLiterallyNeverRendered()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/").ToString());

        await page.FillAsync("#question", "<img src=x onerror=alert(1)><b>rượu</b> bán lẻ");
        await page.ClickAsync("#ask-button");
        await page.Locator("[data-testid=answer]").WaitForAsync();

        Assert.Equal("<img src=x onerror=alert(1)><b>rượu</b> bán lẻ", await page.Locator(".question").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#conversation img, #conversation b").CountAsync());
    }
}
