using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Editor.Tests.Operators;

/// <summary>Operator pages in a real Chromium: dashboard, verifying a registration, the XLSX report.</summary>
public sealed class OperatorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Registrations_OperatorVerifiesPendingOfficial_OfficialIsVerified()
    {
        var ct = TestContext.Current.CancellationToken;
        var registry = fixture.Host.Services.GetRequiredService<OfficialRegistry>();
        await registry.RegisterAsync(new Official
        {
            Id = "telegram:9001", Channel = "telegram", ExternalId = "9001", ChatId = "9001", FullName = "Phạm Văn Cường", Position = "Công chức kinh tế", Commune = "Xã Tân Lập", Province = "Thái Nguyên",
        }, ct);
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.OperatorName, BrowserFixture.OperatorPassword, "/van-hanh/dang-ky");

        await page.Locator("article[data-official-id='telegram:9001'] button.primary").ClickAsync();
        await page.WaitForSelectorAsync(".notice");

        Assert.Equal(OfficialStatus.Verified, (await registry.GetAsync("telegram:9001", ct))!.Status);
        Assert.Equal(0, await page.Locator("article[data-official-id='telegram:9001']").CountAsync());
    }

    [Fact]
    public async Task Dashboard_WithTicket_ShowsFiguresAndReportDownloadsAsXlsx()
    {
        var ct = TestContext.Current.CancellationToken;
        var official = await fixture.Host.Services.GetRequiredService<OfficialRegistry>().RegisterAsync(new Official
        {
            Id = "telegram:9002", Channel = "telegram", ExternalId = "9002", ChatId = "9002", FullName = "Đỗ Thị Hằng", Position = "Công chức", Commune = "Phường Hà Giang 1", Province = "Tuyên Quang",
        }, ct);
        await fixture.Host.Services.GetRequiredService<EscalationService>().OpenAsync(new EscalationRequest(official, "Điều kiện cấp phép kinh doanh khí dầu mỏ hóa lỏng chai tại phường?", "xang-dau", []), ct);
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context, BrowserFixture.OperatorName, BrowserFixture.OperatorPassword, "/van-hanh");

        Assert.Equal("/van-hanh", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.Locator("svg.bars").CountAsync() >= 3);
        Assert.Contains("Tuyên Quang", await page.Locator("#provinces").InnerHTMLAsync(), StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-link"));
        var path = Path.Combine(Path.GetTempPath(), $"moitbot-report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Tổng hợp", "Theo ngày", "Theo đơn vị", "Theo tỉnh", "Chưa có câu trả lời"], sheets);
            var provinceSheet = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "Theo tỉnh").Id!);
            Assert.Contains("Tuyên Quang", provinceSheet.Worksheet.InnerText, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
