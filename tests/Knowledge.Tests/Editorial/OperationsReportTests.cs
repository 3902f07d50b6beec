using Microsoft.Extensions.Time.Testing;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class OperationsReportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Official OfficialOf(string externalId, string province) => new()
    {
        Id = Official.IdFor("telegram", externalId), Channel = "telegram", ExternalId = externalId, ChatId = externalId,
        FullName = "Cán bộ " + externalId, Position = "Công chức", Commune = "Xã Thử", Province = province, Status = OfficialStatus.Verified,
    };

    [Fact]
    public async Task BuildAsync_QuestionsTicketsAndFeedback_ComputesFiguresPerDepartmentAndProvince()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries(), time: time);
        var answers = test.Get<AnswerService>();
        var log = test.Get<QuestionLog>();
        var hanoi = OfficialOf("1", "Hà Nội");
        var hue = OfficialOf("2", "Huế");
        await test.Get<OfficialRegistry>().RegisterAsync(hanoi, Ct);
        await test.Get<OfficialRegistry>().RegisterAsync(hue, Ct);

        var answered = await answers.AskAsync("Giấy phép bán lẻ rượu có thời hạn bao lâu?", Ct);
        Assert.Equal(AnswerOutcome.Answered, answered.Outcome);
        var helpfulId = await log.RecordAsync("telegram", "Giấy phép bán lẻ rượu có thời hạn bao lâu?", answered, hanoi.Id, hanoi.Province, Ct);
        var unhelpfulId = await log.RecordAsync("telegram", "Giấy phép bán lẻ rượu có thời hạn bao lâu?", answered, hue.Id, hue.Province, Ct);
        var none = await answers.AskAsync("Quy định về trạm sạc xe điện trong khu dân cư?", Ct);
        await log.RecordAsync("telegram", "Quy định về trạm sạc xe điện trong khu dân cư?", none, hue.Id, hue.Province, Ct);
        Assert.True(await log.RecordFeedbackAsync(helpfulId, helpful: true, Ct));
        Assert.True(await log.RecordFeedbackAsync(unhelpfulId, helpful: false, Ct));

        var escalation = test.Get<EscalationService>();
        var onTime = await escalation.OpenAsync(new EscalationRequest(hanoi, "Giá điện mặt trời mái nhà bán cho EVN tính thế nào?", "dien-luc", []), Ct);
        await escalation.OpenAsync(new EscalationRequest(hue, "Quy định về trạm sạc xe điện trong khu dân cư?", "xang-dau", []), Ct);
        time.Advance(TimeSpan.FromHours(2));
        await escalation.AnswerAsync(onTime.Ticket!.Id, new StaffMember("s", "Cán bộ Cục"), "Theo biểu giá hiện hành.", null, Ct);
        time.Advance(TimeSpan.FromDays(2));

        var figures = await test.Get<OperationsReport>().BuildAsync(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4), Ct);

        Assert.Equal((3, 2, 1, 2), (figures.Questions, figures.AnsweredByBot, figures.NoGuidance, figures.Escalated));
        Assert.Equal(0.5, figures.HelpfulRatio);
        Assert.Equal((1, 1), (figures.OpenTickets, figures.LateTickets));
        Assert.Equal(new DayFigures(new DateOnly(2026, 3, 2), 3, 2, 2), figures.Days[0]);
        Assert.Equal(3, figures.Days.Count);
        var electricity = Assert.Single(figures.Departments, d => d.Code == "cuc-dien-luc");
        Assert.Equal(1.0, electricity.SlaCompliance);
        var market = Assert.Single(figures.Departments, d => d.Code == "cuc-tttn");
        Assert.Equal((1, 0.0), (market.LateTickets, market.SlaCompliance));
        Assert.Equal(new ProvinceFigures("Huế", 2, 1, 1), Assert.Single(figures.Provinces, p => p.Province == "Huế"));
        Assert.Contains(figures.UnansweredTopics, t => t.Topic == "tram sac" && t.Count == 2);
    }

    [Fact]
    public void TopPhrases_RepeatedPhrase_CountedOncePerQuestion()
    {
        var topics = OperationsReport.TopPhrases(["giấy phép giấy phép bán rượu", "xin giấy phép karaoke", "điện mặt trời"], 5);

        Assert.Equal(new TopicFigures("giay phep", 2), topics[0]);
        Assert.DoesNotContain(topics, t => t.Topic == "dien mat");
    }
}
