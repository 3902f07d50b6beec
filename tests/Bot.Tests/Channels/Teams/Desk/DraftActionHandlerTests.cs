using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Outbox;

namespace MoitBot.Bot.Tests.Channels.Teams.Desk;

public sealed class DraftActionHandlerTests
{
    private const string Channel = "19:bien-tap@thread.tacv2";
    private const string Question = "Thủ tục cấp phép lắp đặt tua bin gió trên mái nhà xưởng dệt may ở xã ven biển như thế nào?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_ByEditorInEditorsChannel_EntryApprovedAndAnswered()
    {
        await using var connector = await StartConnectorAsync(new ConcurrentQueue<string>());
        await using var factory = new BotFactory();
        await using var host = Configure(factory, connector);
        using var client = host.CreateClient();
        var id = await CreateDraftAsync(host.Services);

        var card = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Approve, id);

        Assert.Contains("Khánh Linh đã phê duyệt lúc", card, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, card, StringComparison.Ordinal);
        var entry = await host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync(id, Ct);
        Assert.Equal(EntryStatus.Approved, entry!.Status);
        var answer = await host.Services.GetRequiredService<AnswerService>().AskAsync(Question, Ct);
        Assert.Contains(answer.Retrieved, e => e.Id == id);
    }

    [Fact]
    public async Task Reject_WithReason_EntryRejectedAndReasonShown()
    {
        await using var connector = await StartConnectorAsync(new ConcurrentQueue<string>());
        await using var factory = new BotFactory();
        await using var host = Configure(factory, connector);
        using var client = host.CreateClient();
        var id = await CreateDraftAsync(host.Services);

        var missingReason = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Reject, id);
        Assert.Contains("Hãy ghi lý do từ chối", missingReason, StringComparison.Ordinal);

        var card = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Reject, id, reason: "Trùng với mục đã duyệt");

        Assert.Contains("Khánh Linh đã từ chối lúc", card, StringComparison.Ordinal);
        Assert.Contains("Trùng với mục đã duyệt", card, StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Retired, (await host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync(id, Ct))!.Status);
        var again = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Approve, id);
        Assert.Contains("Chỉ duyệt được mục đang là bản nháp", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ByNonEditorOrUnknownEntry_VietnameseRefusalAndDraftKept()
    {
        await using var connector = await StartConnectorAsync(new ConcurrentQueue<string>());
        await using var factory = new BotFactory();
        await using var host = Configure(factory, connector);
        using var client = host.CreateClient();
        var id = await CreateDraftAsync(host.Services);

        var outsider = await InvokeAsync(client, Url(connector), "29:stranger", DraftCardVerbs.Approve, id);
        var unknown = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Approve, "khong-co-muc-nay");

        Assert.Contains("Bạn không thuộc nhóm biên tập viên", outsider, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy mục hỏi đáp", unknown, StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Draft, (await host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task Approve_FromOutdatedCardVersion_NothingApprovedAndWhatBecameOfItShown()
    {
        await using var connector = await StartConnectorAsync(new ConcurrentQueue<string>());
        await using var factory = new BotFactory();
        await using var host = Configure(factory, connector);
        using var client = host.CreateClient();
        var id = await CreateDraftAsync(host.Services);
        var workflow = host.Services.GetRequiredService<EditorialWorkflow>();
        var edited = await workflow.SaveAsync(new EntryEdit
        {
            Id = id, Field = "dien-luc", Title = "Cấp phép lắp đặt tua bin gió trên mái nhà xưởng dệt may", Question = Question, Body = "Nội dung đã sửa: cần thông báo cho điện lực.",
        }, "Trần Minh Quân", Ct);
        Assert.True(edited.Succeeded, edited.Problem);

        var card = await InvokeAsync(client, Url(connector), "29:editor", DraftCardVerbs.Approve, id, version: 1);

        Assert.Contains("Bản nháp đã có phiên bản mới", card, StringComparison.Ordinal);
        Assert.Contains("Trần Minh Quân đã sửa bản nháp lúc", card, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, card, StringComparison.Ordinal);
        var entry = await host.Services.GetRequiredService<KnowledgeBank>().Store.GetAsync(id, Ct);
        Assert.Equal(EntryStatus.Draft, entry!.Status);
        Assert.Equal(2, entry.Version);
    }

    [Fact]
    public async Task DraftCreated_EditorsChannelConfigured_CardPostedInChannel()
    {
        var posts = new ConcurrentQueue<string>();
        await using var connector = await StartConnectorAsync(posts);
        await using var factory = new BotFactory();
        await using var host = Configure(factory, connector);
        var id = await CreateDraftAsync(host.Services);

        var posted = await WaitForAsync(() => Task.FromResult(posts.FirstOrDefault(p => p.Contains(id, StringComparison.Ordinal))));

        Assert.Contains(Channel, posted!, StringComparison.Ordinal);
        Assert.Contains(DraftCardVerbs.Approve, posted, StringComparison.Ordinal);
        // The card is recorded right after Teams accepts it; wait for that write rather than race it.
        Assert.NotNull(await WaitForAsync(() => host.Services.GetRequiredService<DraftCardStore>().FindAsync(id, 1, Ct)));
    }

    [Fact]
    public async Task DraftCreated_NoEditorsChannel_OutboxMessageSentWithoutPost()
    {
        await using var factory = new BotFactory();
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Outbox:PollInterval", "00:00:00.100"));
        _ = host.Server;
        await CreateDraftAsync(host.Services);

        var sent = await WaitForAsync(async () => (await host.Services.GetRequiredService<OutboxStore>().CountsAsync(Ct))
            .FirstOrDefault(c => c.Kind == OutboxKinds.TeamsDraftCard && c.Status == "Sent").Count);

        Assert.Equal(1, sent);
    }

    private static WebApplicationFactory<Program> Configure(BotFactory factory, WebApplication connector) => factory.WithWebHostBuilder(b => b
        .UseSetting("Editorial:TeamsChannelId", Channel)
        .UseSetting("Editorial:TeamsServiceUrl", Url(connector))
        .UseSetting("Outbox:PollInterval", "00:00:00.100"));

    private static async Task<string> CreateDraftAsync(IServiceProvider services)
    {
        var result = await services.GetRequiredService<EditorialWorkflow>().SaveAsync(new EntryEdit
        {
            Field = "dien-luc",
            Title = "Cấp phép lắp đặt tua bin gió trên mái nhà xưởng dệt may",
            Question = Question,
            Body = "Tua bin gió trên mái nhà xưởng dệt may ở xã ven biển không cần giấy phép hoạt động điện lực khi công suất dưới 100 kW; cần thông báo cho đơn vị điện lực địa phương.",
        }, "Biên tập viên thử nghiệm", Ct);
        Assert.True(result.Succeeded, result.Problem);
        return result.Entry!.Id;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> probe)
    {
        while (true)
        {
            Ct.ThrowIfCancellationRequested();
            var value = await probe();
            if (value is not null && !value.Equals(default(T)))
            {
                return value;
            }

            await Task.Delay(100, Ct);
        }
    }

    private static string Url(WebApplication connector) => connector.Urls.First() + "/";

    private static async Task<string> InvokeAsync(HttpClient client, string serviceUrl, string userId, string verb, string entryId, string? reason = null, int? version = null)
    {
        var data = new JsonObject { [DraftCardVerbs.EntryIdData] = entryId };
        if (version is not null)
        {
            data[DraftCardVerbs.VersionData] = version;
        }

        if (reason is not null)
        {
            data[DraftCardVerbs.ReasonInput] = reason;
        }

        var invoke = new JsonObject
        {
            ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["id"] = "f:1", ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Khánh Linh" },
            ["conversation"] = new JsonObject { ["id"] = $"{Channel};messageid=7", ["conversationType"] = "channel" },
            ["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "team-ed" }, ["channel"] = new JsonObject { ["id"] = Channel } },
            ["replyToId"] = "7",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
        using var content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/messages", content, Ct);
        response.EnsureSuccessStatusCode();
        return System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A local Bot Connector: "29:editor" belongs to team-ed, nobody else does; posted conversations are recorded.</summary>
    private static async Task<WebApplication> StartConnectorAsync(ConcurrentQueue<string> posts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{TeamsHost.FreePort()}");
        var app = builder.Build();
        app.MapGet("/v3/conversations/{conversation}/members/{user}", (string conversation, string user) =>
            conversation == "team-ed" && user == "29:editor"
                ? Results.Json(new { id = "29:editor", name = "Khánh Linh" })
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation" } }, statusCode: StatusCodes.Status404NotFound));
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            posts.Enqueue(System.Text.RegularExpressions.Regex.Unescape(await reader.ReadToEndAsync()));
            return Results.Json(new { id = $"{Channel};messageid=7", activityId = "7" }, statusCode: StatusCodes.Status201Created);
        });
        app.MapFallback(() => Results.Json(new { id = "1", activityId = "1" }, statusCode: StatusCodes.Status201Created));
        await app.StartAsync(Ct);
        return app;
    }
}
