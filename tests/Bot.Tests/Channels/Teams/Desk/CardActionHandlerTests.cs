using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Channels.Teams.Desk;

public sealed class CardActionHandlerTests
{
    private const string Channel = "19:dien@thread.tacv2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_ByTeamMemberAndByOutsider_OnlyMemberMayAct()
    {
        await using var connector = await StartConnectorAsync();
        var serviceUrl = connector.Urls.First() + "/";
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        await services.GetRequiredService<TeamsStore>().LinkChannelAsync(new ChannelRecord(Channel, "team-1", "Điện lực", serviceUrl, null, "cuc-dien-luc"), "cuc-dien-luc", "test", Ct);
        var official = await services.GetRequiredService<OfficialRegistry>().RegisterAsync(new Official
        {
            Id = "telegram:55", Channel = "telegram", ExternalId = "55", ChatId = "55", FullName = "Bùi Văn Khoa", Position = "Công chức", Commune = "Xã B", Province = "Nghệ An",
        }, Ct);
        var escalation = services.GetRequiredService<EscalationService>();
        var ticket = (await escalation.OpenAsync(new EscalationRequest(official, "Điều kiện cấp giấy phép hoạt động điện lực cho hộ kinh doanh?", "dien-luc", []), Ct)).Ticket!;

        var outsider = await InvokeAsync(client, serviceUrl, "29:stranger", ticket.Id);
        Assert.Contains("không thuộc nhóm Teams", outsider, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await escalation.GetAsync(ticket.Id, Ct))!.Status);

        var member = await InvokeAsync(client, serviceUrl, "29:member", ticket.Id);
        Assert.Contains("Khánh Linh đã nhận xử lý phiếu", member, StringComparison.Ordinal);
        Assert.Equal("Khánh Linh", (await escalation.GetAsync(ticket.Id, Ct))!.ClaimedBy);
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"claim"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""")]
    [InlineData("""[1]""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"claim","data":{"ticketId":"abc"}}}""")]
    public void TryParse_MalformedInvokeValue_RejectedOrNoTicket(string json)
    {
        var parsed = CardAction.TryParse(System.Text.Json.JsonDocument.Parse(json).RootElement, out var action);
        Assert.True(!parsed || action.TicketId is null);
    }

    private static async Task<string> InvokeAsync(HttpClient client, string serviceUrl, string userId, long ticketId)
    {
        var invoke = new JsonObject
        {
            ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["id"] = "f:1", ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Khánh Linh" },
            ["conversation"] = new JsonObject { ["id"] = $"{Channel};messageid=5", ["conversationType"] = "channel" },
            ["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "team-1" }, ["channel"] = new JsonObject { ["id"] = Channel } },
            ["replyToId"] = "5",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "claim", ["data"] = new JsonObject { ["ticketId"] = ticketId } } },
        };
        using var content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/messages", content, Ct);
        response.EnsureSuccessStatusCode();
        return System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A local Bot Connector for the roster: "29:member" belongs to team-1, nobody else does.</summary>
    private static async Task<WebApplication> StartConnectorAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{TeamsHost.FreePort()}");
        var app = builder.Build();
        app.MapGet("/v3/conversations/{conversation}/members/{user}", (string conversation, string user) =>
            conversation == "team-1" && user == "29:member"
                ? Results.Json(new { id = "29:member", name = "Khánh Linh" })
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation" } }, statusCode: StatusCodes.Status404NotFound));
        app.MapFallback(() => Results.Json(new { id = "1", activityId = "1" }, statusCode: StatusCodes.Status201Created));
        await app.StartAsync(Ct);
        return app;
    }
}
