using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MoitBot.Bot.Tests.Chat;

public sealed class ChatEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetRoot_ServesVietnameseChatPage()
    {
        await using var factory = new BotFactory();
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/", Ct);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.Contains("Gửi câu hỏi", html, StringComparison.Ordinal);
        var script = await client.GetAsync("/chat/chat.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/chat/../appsettings.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task PostAsk_UnaccentedQuestion_ReturnsCitedAnswerFromDemoBank()
    {
        await using var factory = new BotFactory();
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/ask", new { question = "giay phep ban le ruou can ho so gi" }, Ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;

        Assert.False(root.GetProperty("escalate").GetBoolean());
        var citations = root.GetProperty("citations");
        Assert.True(citations.GetArrayLength() > 0);
        Assert.StartsWith("demo-ruou-", citations[0].GetProperty("entryId").GetString(), StringComparison.Ordinal);
        Assert.Contains("rượu", root.GetProperty("answer").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀")]
    public async Task PostAsk_NoQuestion_BadRequestWithVietnameseMessage(string question)
    {
        await using var factory = new BotFactory();
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/ask", new { question }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("Bạn chưa nhập câu hỏi|Không nhận ra nội dung câu hỏi", body);
    }

    [Fact]
    public async Task PostAsk_MalformedJson_BadRequestNotServerError()
    {
        await using var factory = new BotFactory();
        var client = factory.CreateClient();
        using var content = new StringContent("{\"question\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/ask", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetHealthz_DemoBankLoaded_Healthy()
    {
        await using var factory = new BotFactory();
        var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz", Ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("checks").GetProperty("knowledge").GetProperty("data").GetProperty("indexed").GetInt64() >= 60);
    }
}
