using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Channels.Teams.Cards;

public sealed class EscalationCardTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Build_EveryTicketState_ValidAdaptiveCard15()
    {
        var open = View(Ticket(TicketStatus.Open));
        var cards = new List<JsonObject>
        {
            EscalationCard.Build(open),
            EscalationCard.Build(View(Ticket(TicketStatus.Claimed) with { ClaimedBy = "Nguyễn Văn An", InvolvesLegal = true }, SlaState.DueSoon)),
            EscalationCard.Build(View(Ticket(TicketStatus.WaitingAuthority) with { Authority = "Bộ Tài chính", ClaimedBy = "An" }, SlaState.Paused)),
            EscalationCard.Build(View(Ticket(TicketStatus.Answered) with { Answer = "Trả lời *đậm*", LegalBasis = "Điều 25 Nghị định 105/2017/NĐ-CP", AnsweredBy = "An" }, SlaState.Late)),
            EscalationCard.Build(open with { Notice = "Bạn không thuộc nhóm Teams của đơn vị phụ trách.", NoticeIsError = true, LinkCandidates = [new CardChoice("demo-ruou-1", "Hồ sơ cấp phép bán lẻ rượu")] }),
        };

        var problems = await CardRenderer.ProblemsAsync(cards, TestContext.Current.CancellationToken);

        Assert.All(problems, p => Assert.True(p.Count == 0, string.Join("\n", p)));
    }

    [Fact]
    public void Build_OpenTicket_ShowsAskerDeadlineSourcesDuplicatesAndActions()
    {
        var card = EscalationCard.Build(View(Ticket(TicketStatus.Open), SlaState.DueSoon)).ToJsonString(Readable);

        Assert.Contains("\"version\":\"1.5\"", card, StringComparison.Ordinal);
        Assert.Contains("HD-ABC234", card, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bình", card, StringComparison.Ordinal);
        Assert.Contains("Xã Tân Lập, Phú Thọ", card, StringComparison.Ordinal);
        Assert.Contains("Đã xác minh", card, StringComparison.Ordinal);
        Assert.Contains("Hạn trả lời: 17:00 ngày 27/11/2026 (sắp đến hạn)", card, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"Warning\"", card, StringComparison.Ordinal);
        Assert.Contains("(http://localhost:5080/hoi-dap/demo-dien-1)", card, StringComparison.Ordinal);
        Assert.Contains("Có thêm 2 xã/phường", card, StringComparison.Ordinal);
        foreach (var verb in new[] { CardVerbs.Claim, CardVerbs.Answer, CardVerbs.Reassign, CardVerbs.NeedAuthority, CardVerbs.SearchEntries, CardVerbs.InviteLegal })
        {
            Assert.Contains($"\"verb\":\"{verb}\"", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_AnsweredTicket_NoActionsAndShowsAnswer()
    {
        var card = EscalationCard.Build(View(Ticket(TicketStatus.Answered) with { Answer = "Được phép.", AnsweredBy = "An" }));
        Assert.Empty(card["actions"]!.AsArray());
        Assert.Contains("Câu trả lời của An", card.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Null(card["refresh"]);
    }

    [Fact]
    public void Build_HostileMarkdownInQuestion_ShownAsText()
    {
        var card = EscalationCard.Build(View(Ticket(TicketStatus.Open) with { Question = "Bấm [vào đây](http://evil.example) **ngay**" }));
        var question = card["body"]!.AsArray().Select(b => b?["text"]?.GetValue<string>()).First(t => t?.Contains("evil", StringComparison.Ordinal) == true);
        Assert.Equal("Bấm \\[vào đây\\](http://evil.example) \\*\\*ngay\\*\\*", question);
    }

    [Theory]
    [InlineData(SlaState.OnTime, "Good")]
    [InlineData(SlaState.DueSoon, "Warning")]
    [InlineData(SlaState.Late, "Attention")]
    public void Build_SlaState_DeadlineColour(SlaState state, string colour)
    {
        var card = EscalationCard.Build(View(Ticket(TicketStatus.Open), state));
        var deadline = card["body"]!.AsArray().First(b => b?["text"]?.GetValue<string>().StartsWith("Hạn trả lời", StringComparison.Ordinal) == true)!;
        Assert.Equal(colour, deadline["color"]!.GetValue<string>());
    }

    private static Ticket Ticket(TicketStatus status) => new()
    {
        Id = 7, Code = "HD-ABC234", Question = "Hành lang an toàn lưới điện 110 kV đi qua đất nông nghiệp có được trồng cây không?",
        Field = "dien-luc", Department = "cuc-dien-luc", OfficialId = "telegram:1", Channel = "telegram", ChatId = "1", Status = status,
        ReceivedAt = new DateTimeOffset(2026, 11, 27, 9, 5, 0, Vietnam), DeadlineAt = new DateTimeOffset(2026, 11, 27, 17, 0, 0, Vietnam),
        BotSources = ["demo-dien-1"], Attachments = ["/data/attachments/ban-ve.pdf"],
    };

    private static CardView View(Ticket ticket, SlaState sla = SlaState.OnTime) => new()
    {
        Ticket = ticket,
        Asker = new Official
        {
            Id = "telegram:1", Channel = "telegram", ExternalId = "1", ChatId = "1", FullName = "Trần Thị Bình", Position = "Công chức Kinh tế",
            Commune = "Xã Tân Lập", Province = "Phú Thọ", Status = OfficialStatus.Verified,
        },
        DepartmentName = "Cục Điện lực",
        FieldName = "Điện lực",
        ReceivedLocal = ticket.ReceivedAt,
        DeadlineLocal = ticket.DeadlineAt,
        Sla = sla,
        Sources = [new CardLink("Hành lang bảo vệ an toàn lưới điện", "http://localhost:5080/hoi-dap/demo-dien-1")],
        DuplicateCount = 2,
        History = [new TicketEvent(7, "opened", "telegram:1", null, ticket.ReceivedAt), new TicketEvent(7, "claimed", "Nguyễn Văn An", null, ticket.ReceivedAt.AddHours(1))],
        Departments = [new CardChoice("cuc-dien-luc", "Cục Điện lực"), new CardChoice("vu-phap-che", "Vụ Pháp chế")],
    };
}
