using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Editor.Tests.Portal;

public sealed class PortalFeedsTests : IAsyncLifetime
{
    private readonly TestHost _host = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _host.CreateClient();
        var bank = _host.Services.GetRequiredService<KnowledgeBank>();
        await bank.SaveAsync(Entry("nhap-bi-mat", "Bản nháp chưa được duyệt?", "Nội dung nháp.", EntryStatus.Draft), "test", TestContext.Current.CancellationToken);
        await bank.SaveAsync(Entry("xss-1", "Câu hỏi có <b>thẻ</b> HTML?", "Trả lời <script>alert('x')</script> an toàn.", EntryStatus.Draft), "test", TestContext.Current.CancellationToken);
        await _host.Services.GetRequiredService<EditorialWorkflow>().ApproveAsync("xss-1", "test", TestContext.Current.CancellationToken);
    }

    private static KnowledgeEntry Entry(string id, string question, string body, EntryStatus status) => new()
    {
        Id = id, Kind = EntryKind.QuestionAnswer, Field = "ruou", Title = question, Question = question, Body = body, Status = status,
    };

    [Fact]
    public async Task AtomFeed_ApprovedEntriesOnly_ValidAtom()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/hoi-dap/feed.atom", TestContext.Current.CancellationToken));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal(atom + "feed", xml.Root!.Name);
        var ids = xml.Root.Elements(atom + "entry").Select(e => (string)e.Element(atom + "id")!).ToList();
        Assert.Contains(ids, i => i.EndsWith("/hoi-dap/xss-1", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, i => i.Contains("nhap-bi-mat", StringComparison.Ordinal));
        Assert.True(ids.Count > 90);
    }

    [Fact]
    public async Task JsonFeed_ApprovedEntriesOnly_JsonFeedVersion()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/hoi-dap/feed.json", TestContext.Current.CancellationToken));

        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("xss-1", ids);
        Assert.DoesNotContain("nhap-bi-mat", ids);
    }

    [Fact]
    public async Task Sitemap_ListsPortalHomeAndApprovedEntries()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Root!.Elements(ns + "url").Select(u => (string)u.Element(ns + "loc")!).ToList();

        Assert.Contains(locations, l => l.EndsWith("/hoi-dap", StringComparison.Ordinal));
        Assert.Contains(locations, l => l.EndsWith("/hoi-dap/xss-1", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains("nhap-bi-mat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntryPage_Draft_NotFound()
    {
        var response = await _client.GetAsync("/hoi-dap/nhap-bi-mat", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EntryPage_HostileMarkup_IsEncoded()
    {
        var html = await _client.GetStringAsync("/hoi-dap/xss-1", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_HugeQuery_AnswersNormally()
    {
        var response = await _client.GetAsync("/hoi-dap?q=" + new string('a', 20_000), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }
}
