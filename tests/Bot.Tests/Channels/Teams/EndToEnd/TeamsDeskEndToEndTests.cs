using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Knowledge.Escalation;
using static MoitBot.Bot.Tests.Channels.Teams.EndToEnd.PlaygroundFrames;

namespace MoitBot.Bot.Tests.Channels.Teams.EndToEnd;

/// <summary>
/// The Teams desk against the Microsoft 365 Agents Playground: the real host on Kestrel, the real
/// SQLite file, the playground standing in for Teams and the Bot Connector.
/// </summary>
public sealed class TeamsDeskEndToEndTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IDisposable
{
    private const string Team = "team-id";
    private const string Question = "Hành lang bảo vệ an toàn đường dây điện 110 kV đi qua đất vườn nhà dân thì có được trồng cây ăn quả không?";
    private readonly string _directory = Directory.CreateTempSubdirectory("moitbot-teams-e2e-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Database => Path.Combine(_directory, "bot.db");

    [Fact]
    public async Task EscalatedQuestion_ClaimAndAnswerInCard_AnswerQueuedOnceForOfficial()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        await LinkChannelAsync("cuc-dien-luc");
        var official = await RegisterAsync(host.Services, "2001", "Trần Thị Bình");
        var mark = playground.Stream.Frames.Count;

        var ticket = (await host.Get<EscalationService>().OpenAsync(new EscalationRequest(official, Question, "dien-luc", ["demo-dien-luc-001"]), Ct)).Ticket!;

        var card = await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", ticket.Code), $"the card of {ticket.Code}", mark, Ct);
        var cardText = card.ToJsonString();
        Assert.Contains("Trần Thị Bình", Readable(cardText), StringComparison.Ordinal);
        Assert.Contains("Hạn trả lời: 17:00 ngày", Readable(cardText), StringComparison.Ordinal);
        var (conversation, messageId) = Address(card);

        mark = playground.Stream.Frames.Count;
        var claimed = await playground.InvokeAsync(conversation, messageId, "user-id-0", "claim", Data(ticket.Id), Ct);
        // The playground relays the invoke response's type and value (the HTTP status was 200).
        Assert.Equal("application/vnd.microsoft.card.adaptive", claimed!["type"]!.GetValue<string>());
        Assert.Contains("đã nhận xử lý phiếu", claimed["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", ticket.Code) && Readable(f.ToJsonString()).Contains("Đang xử lý: ", StringComparison.Ordinal), "the card updated for everyone after the claim", mark, Ct);

        mark = playground.Stream.Frames.Count;
        var answered = await playground.InvokeAsync(conversation, messageId, "user-id-0", "answer",
            Data(ticket.Id, ("answer", "Không được trồng cây cao quá khoảng cách an toàn; cây thấp được phép."), ("legalBasis", "Điều 12 Nghị định 14/2014/NĐ-CP")), Ct);
        Assert.Contains("Đã ghi nhận câu trả lời", answered!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", ticket.Code) && Readable(f.ToJsonString()).Contains("Câu trả lời của", StringComparison.Ordinal), "the answered card", mark, Ct);

        var again = await playground.InvokeAsync(conversation, messageId, "user-id-0", "answer", Data(ticket.Id, ("answer", "Trả lời lần hai")), Ct);
        Assert.Contains("Phiếu này đã được trả lời.", again!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);

        var deliveries = await DeliveriesAsync(ticket.Id);
        var delivery = Assert.Single(deliveries);
        Assert.Equal("2001", JsonNode.Parse(delivery)!["chatId"]!.GetValue<string>());
        Assert.Contains("cây thấp được phép", JsonNode.Parse(delivery)!["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(playground.Stream.Frames, f => IsCard(f, "createMessage", ticket.Code));
    }

    [Fact]
    public async Task ReassignInCard_NewDepartmentChannelGetsCard_OldCardActionsRefused()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        await LinkChannelAsync("cuc-dien-luc");
        await LinkChannelAsync("cuc-hoa-chat", "channel-announcements-id");
        var official = await RegisterAsync(host.Services, "2101", "Lê Văn Cường");
        var mark = playground.Stream.Frames.Count;
        var ticket = (await host.Get<EscalationService>().OpenAsync(new EscalationRequest(official, "Thủ tục cấp phép hoạt động điện lực cho trạm biến áp của hợp tác xã?", "dien-luc", []), Ct)).Ticket!;
        var (conversation, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", ticket.Code), "the card", mark, Ct));

        var moved = await playground.InvokeAsync(conversation, messageId, "user-id-0", "reassign", Data(ticket.Id, ("department", "cuc-hoa-chat")), Ct);
        Assert.Contains("Đã chuyển phiếu sang Cục Hóa chất", moved!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        var second = await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", ticket.Code) && f["actionConversationId"]?.ToString() == "channel-announcements-id", "the card in Cục Hóa chất's channel", mark, Ct);
        Assert.NotEqual(messageId, Address(second).MessageId);

        var refused = await playground.InvokeAsync(conversation, messageId, "user-id-0", "claim", Data(ticket.Id), Ct);

        Assert.Contains("Phiếu này do Cục Hóa chất phụ trách", refused!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await host.Get<EscalationService>().GetAsync(ticket.Id, Ct))!.Status);
    }

    [Fact]
    public async Task InviteLegalThenFollowUp_LegalChannelGetsCard_FollowUpInThread()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        await LinkChannelAsync("cuc-dien-luc");
        await LinkChannelAsync("vu-phap-che", "channel-announcements-id");
        var official = await RegisterAsync(host.Services, "2401", "Ngô Thị Hoa");
        var escalation = host.Get<EscalationService>();
        var mark = playground.Stream.Frames.Count;
        var ticket = (await escalation.OpenAsync(new EscalationRequest(official, "Giá bán lẻ điện sinh hoạt bậc thang áp dụng cho nhà trọ sinh viên thế nào?", "dien-luc", [], InvolvesLegal: false), Ct)).Ticket!;
        var (conversation, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", ticket.Code), "the card", mark, Ct));

        await playground.InvokeAsync(conversation, messageId, "user-id-0", "invite-legal", Data(ticket.Id), Ct);
        await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", ticket.Code) && f["actionConversationId"]?.ToString() == "channel-announcements-id",
            "the card in Vụ Pháp chế's channel", mark, Ct);
        await playground.InvokeAsync(conversation, messageId, "user-id-0", "answer", Data(ticket.Id, ("answer", "Áp dụng giá bậc thang theo số người thuê.")), Ct);

        var followUp = await escalation.ReopenAsync(ticket.Id, official.Id, "Nếu chủ nhà không kê khai số người thuê thì sao?", Ct);

        Assert.True(followUp.Succeeded, followUp.Problem);
        var reply = await playground.Stream.WaitForAsync(f => Readable(f.ToJsonString()).Contains("Cán bộ xã hỏi thêm về phiếu " + ticket.Code, StringComparison.Ordinal)
            && Readable(f.ToJsonString()).Contains("không kê khai số người thuê", StringComparison.Ordinal), "the follow-up in the card's thread", mark, Ct);
        Assert.Contains($";messageid={messageId}", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCommand_UnknownDepartmentCode_RepliesWithTheCodes()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        await playground.InjectAsync(Team, "botAdded", Ct);
        var mark = playground.Stream.Frames.Count;

        await playground.SendMessageAsync(Team, "<at>Test Bot</at> dang ky don vi cuc-khong-co", await BotIdAsync(), Ct);

        var reply = await playground.Stream.WaitForAsync(f => Readable(f.ToJsonString()).Contains("Không có đơn vị mã", StringComparison.Ordinal), "the refusal", mark, Ct);
        Assert.Contains("vu-phap-che: Vụ Pháp chế", Readable(reply.ToJsonString()), StringComparison.Ordinal);
        Assert.Null(await host.Get<MoitBot.Bot.Channels.Teams.Desk.TeamsStore>().FindLinkedChannelAsync("cuc-khong-co", Ct));
    }

    [Fact]
    public async Task PersonalChat_StaffQuestion_CitedAnswer()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        var mark = playground.Stream.Frames.Count;

        await playground.SendMessageAsync("personal-1", "giay phep ban le ruou can ho so gi", null, Ct);

        var answer = await playground.Stream.WaitForAsync(f => Readable(f.ToJsonString()).Contains("Nguồn:", StringComparison.Ordinal), "the cited answer", mark, Ct);
        Assert.Contains("/hoi-dap/demo-ruou-", Readable(answer.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateQuestion_LinksToOpenTicket_UpdatesCountInsteadOfPosting()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        await LinkChannelAsync("cuc-dien-luc");
        var first = await RegisterAsync(host.Services, "2201", "Phạm Thị Dung");
        var second = await RegisterAsync(host.Services, "2202", "Hoàng Văn Em");
        var escalation = host.Get<EscalationService>();
        var mark = playground.Stream.Frames.Count;
        var primary = (await escalation.OpenAsync(new EscalationRequest(first, Question, "dien-luc", []), Ct)).Ticket!;
        await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", primary.Code), "the primary card", mark, Ct);

        var duplicate = (await escalation.OpenAsync(new EscalationRequest(second, Question.Replace("nhà dân", "của dân", StringComparison.Ordinal), "dien-luc", []), Ct)).Ticket!;

        Assert.Equal(TicketStatus.Duplicate, duplicate.Status);
        await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", primary.Code) && Readable(f.ToJsonString()).Contains("Có thêm 1 xã/phường", StringComparison.Ordinal),
            "the primary card counting the duplicate", mark, Ct);
        Assert.Single(playground.Stream.Frames.Skip(mark), f => IsCard(f, "createMessage", primary.Code));
        Assert.DoesNotContain(playground.Stream.Frames.Skip(mark), f => IsCard(f, "createMessage", duplicate.Code));
    }

    [Fact]
    public async Task HostRestart_MidEscalation_NoCardOrAnswerLostOrDuplicated()
    {
        playground.Require();
        Ticket first;
        Official official;
        var mark = playground.Stream.Frames.Count;
        string conversation, messageId;
        await using (var host = await StartHostAsync())
        {
            await LinkChannelAsync("cuc-dien-luc");
            official = await RegisterAsync(host.Services, "2301", "Vũ Thị Giang");
            first = (await host.Get<EscalationService>().OpenAsync(new EscalationRequest(official, Question, "dien-luc", []), Ct)).Ticket!;
            (conversation, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", first.Code), "the first card", mark, Ct));
            await playground.InvokeAsync(conversation, messageId, "user-id-0", "claim", Data(first.Id), Ct);
        }

        // The host "crashed" after posting the first card but before marking it sent, and a second question
        // was accepted (by the domain, e.g. from Telegram) while the Teams side was down.
        await ExecuteAsync($"UPDATE outbox SET status = 'Pending', sent_at = NULL, next_attempt_at = '2000-01-01T00:00:00.0000000Z' WHERE idempotency_key = 'opened:{first.Id}'");
        Ticket second;
        await using (var domain = KnowledgeOnly.On(Database))
        {
            second = (await domain.GetRequiredService<EscalationService>().OpenAsync(
                new EscalationRequest(official, "Cửa hàng bán lẻ điện mặt trời mái nhà có cần giấy phép hoạt động điện lực không?", "dien-luc", []), Ct)).Ticket!;
        }

        var restarted = playground.Stream.Frames.Count;
        await using (var host = await StartHostAsync())
        {
            await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", second.Code), "the second card after the restart", restarted, Ct);
            await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", first.Code) && Readable(f.ToJsonString()).Contains("Đang xử lý: ", StringComparison.Ordinal),
                "the first card re-sent as an update of the posted card", restarted, Ct);
            Assert.Equal("Sent", await ScalarAsync($"SELECT status FROM outbox WHERE idempotency_key = 'opened:{first.Id}'"));
            var answered = await playground.InvokeAsync(conversation, messageId, "user-id-0", "answer", Data(first.Id, ("answer", "Được phép nếu bảo đảm khoảng cách an toàn.")), Ct);
            Assert.Contains("Đã ghi nhận câu trả lời", answered!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        }

        Assert.Single(playground.Stream.Frames.Skip(mark), f => IsCard(f, "createMessage", first.Code));
        Assert.Single(playground.Stream.Frames.Skip(mark), f => IsCard(f, "createMessage", second.Code));
        Assert.Single(await DeliveriesAsync(first.Id));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private Task<TeamsHost> StartHostAsync() => TeamsHost.StartAsync(Database, playground.BotPort, new Dictionary<string, string?>
    {
        ["Escalation:DigestEnabled"] = "false",
        ["Escalation:ReminderBefore"] = "00:00:01",
    });

    /// <summary>Installs the bot in the playground's team and links its General channel to a department, as staff would.</summary>
    private async Task LinkChannelAsync(string department, string channel = Team)
    {
        var mark = playground.Stream.Frames.Count;
        await playground.InjectAsync(Team, "botAdded", Ct);
        await playground.SendMessageAsync(channel, $"<at>Test Bot</at> đăng ký đơn vị {department}", await BotIdAsync(), Ct);
        await playground.Stream.WaitForAsync(f => Readable(f.ToJsonString()).Contains("Đã đăng ký kênh này", StringComparison.Ordinal), "the link confirmation", mark, Ct);
    }

    private async Task<string> BotIdAsync()
    {
        var template = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonObject>(playground.Http, $"_internal/v1/customActivities/template?conversationId={Team}&type=botAdded", Ct);
        return template!["recipient"]!["id"]!.GetValue<string>();
    }

    private static async Task<Official> RegisterAsync(IServiceProvider services, string telegramId, string name)
    {
        var registry = services.GetRequiredService<OfficialRegistry>();
        var official = await registry.RegisterAsync(new Official
        {
            Id = Official.IdFor("telegram", telegramId), Channel = "telegram", ExternalId = telegramId, ChatId = telegramId,
            FullName = name, Position = "Công chức Kinh tế", Commune = "Xã Tân Lập", Province = "Phú Thọ",
        }, Ct);
        return await registry.VerifyAsync(official.Id, "test", Ct) ?? official;
    }

    private async Task<List<string>> DeliveriesAsync(long ticketId)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        var rows = await connection.QueryAsync<string>("SELECT payload FROM outbox WHERE kind = 'telegram.answer' AND idempotency_key LIKE @key", new { key = $"answer:{ticketId}:%" });
        return rows.ToList();
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        return await connection.ExecuteScalarAsync<string>(sql);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.ExecuteAsync(sql);
    }

    private static JsonObject Data(long ticketId, params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { ["ticketId"] = ticketId };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }

    private static (string Conversation, string MessageId) Address(JsonNode frame) => PlaygroundFrames.Address(frame, Team);
}
