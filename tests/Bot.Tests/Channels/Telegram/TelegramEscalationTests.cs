using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramEscalationTests
{
    private const string Unanswerable = "muc phat khi cho thue ca tra giong sai quy dinh";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AskMinistry_RegisteredOfficialWithPdf_TicketWithDeadlineAndAttachment()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.RegisterOfficialAsync(801);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% bien ban kiem tra\n%%EOF\n");
        var fileId = await world.Emulator.UploadFileAsync("bien-ban.pdf", pdf, Ct);
        await world.Emulator.SendAsync(801, 801, string.Empty, extra: new { document = new { file_id = fileId, file_unique_id = "u-" + fileId, file_name = "bien-ban.pdf", mime_type = "application/pdf", file_size = pdf.Length } }, cancellationToken: Ct);
        Assert.Contains("Đã nhận tệp", (await world.Emulator.WaitForMessagesAsync(801, 1, Ct))[0].Text, StringComparison.Ordinal);

        var noGuidance = await world.AskAsync(801, Unanswerable);
        Assert.Contains("Chưa tìm thấy hướng dẫn", noGuidance.Text, StringComparison.Ordinal);
        Assert.Equal(["📨 Hỏi cán bộ Bộ"], noGuidance.Buttons.Select(b => b.Text));
        var proposal = await world.PressAsync(801, noGuidance, "Hỏi cán bộ Bộ");
        Assert.Contains("Đơn vị đề xuất", proposal.Text, StringComparison.Ordinal);
        Assert.Contains("Tệp đính kèm: 1", proposal.Text, StringComparison.Ordinal);
        var confirmation = await world.PressAsync(801, proposal, "Gửi câu hỏi");

        var ticket = Assert.Single(await world.Get<EscalationService>().ListForOfficialAsync("telegram:801", Ct));
        Assert.Contains(ticket.Code, confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn trả lời", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal(world.Get<WorkingCalendar>().DeadlineFor(ticket.ReceivedAt), ticket.DeadlineAt);
        Assert.Equal("801", ticket.ChatId);
        var attachment = Assert.Single(ticket.Attachments);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(attachment, Ct));

        // Pressing "Gửi" again does not open a second ticket.
        var again = await world.PressAsync(801, proposal, "Gửi câu hỏi");
        Assert.Contains("đã được gửi", again.Text, StringComparison.Ordinal);
        Assert.Single(await world.Get<EscalationService>().ListForOfficialAsync("telegram:801", Ct));
    }

    [Fact]
    public async Task AskMinistry_OfficialPicksAnotherField_TicketGoesToThatField()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.RegisterOfficialAsync(802);
        var noGuidance = await world.AskAsync(802, Unanswerable);
        var proposal = await world.PressAsync(802, noGuidance, "Hỏi cán bộ Bộ");
        var fields = await world.PressAsync(802, proposal, "Chọn lĩnh vực khác");
        await world.PressAsync(802, fields, "Điện lực");

        var ticket = Assert.Single(await world.Get<EscalationService>().ListForOfficialAsync("telegram:802", Ct));
        Assert.Equal("dien-luc", ticket.Field);
        Assert.Equal("cuc-dien-luc", ticket.Department);
    }

    [Fact]
    public async Task Attachment_TooLargeOrNotAPdf_RefusedPolitely()
    {
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?> { ["Telegram:MaxAttachmentBytes"] = "1024" });
        var big = await world.Emulator.UploadFileAsync("big.pdf", new byte[2048], Ct);
        await world.Emulator.SendAsync(803, 803, string.Empty, extra: new { document = new { file_id = big, file_unique_id = "u1", file_name = "big.pdf", mime_type = "application/pdf", file_size = 2048 } }, cancellationToken: Ct);
        Assert.Contains("quá lớn", (await world.Emulator.WaitForMessagesAsync(803, 1, Ct))[0].Text, StringComparison.Ordinal);

        var fake = await world.Emulator.UploadFileAsync("fake.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"), Ct);
        await world.Emulator.SendAsync(803, 803, string.Empty, extra: new { document = new { file_id = fake, file_unique_id = "u2", file_name = "fake.pdf", mime_type = "application/pdf" } }, cancellationToken: Ct);
        Assert.Contains("không đúng định dạng", (await world.Emulator.WaitForMessagesAsync(803, 2, Ct))[1].Text, StringComparison.Ordinal);

        await world.Emulator.SendAsync(803, 803, string.Empty, extra: new { document = new { file_id = fake, file_unique_id = "u3", file_name = "virus.exe", mime_type = "application/x-msdownload" } }, cancellationToken: Ct);
        Assert.Contains("chỉ nhận ảnh", (await world.Emulator.WaitForMessagesAsync(803, 3, Ct))[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffAnswer_ArrivesWhileBotIsDown_DeliveredExactlyOnceAcrossRestarts()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.RegisterOfficialAsync(804);
        var noGuidance = await world.AskAsync(804, Unanswerable);
        var proposal = await world.PressAsync(804, noGuidance, "Hỏi cán bộ Bộ");
        await world.PressAsync(804, proposal, "Gửi câu hỏi");
        var ticket = Assert.Single(await world.Get<EscalationService>().ListForOfficialAsync("telegram:804", Ct));
        await world.StopAsync();

        // The staff answer is recorded by the domain while no bot is running (as the Teams side would).
        await using (var domain = DomainOnly(world.Directory))
        {
            var result = await domain.GetRequiredService<EscalationService>().AnswerAsync(ticket.Id, new StaffMember("staff-1", "Lê Văn Cường"), "Cho thuê cá tra giống <không> thuộc lĩnh vực Công Thương & được chuyển Bộ Nông nghiệp.", "Nghị định 26/2019/NĐ-CP", Ct);
            Assert.True(result.Succeeded, result.Problem);
        }

        await world.RestartAsync();
        var delivered = await world.Emulator.WaitForAsync(804, m => m.Text.Contains(ticket.Code, StringComparison.Ordinal) && m.Text.Contains("Trả lời của", StringComparison.Ordinal), cancellationToken: Ct);
        Assert.Contains("<blockquote>" + MoitBot.Bot.Channels.Telegram.TelegramHtml.Escape(ticket.Question), delivered.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;không&gt;", delivered.Text, StringComparison.Ordinal);
        Assert.True(delivered.HasButton("Hữu ích"));

        // Nothing is left to send, in this process or after another restart.
        Assert.Equal(0, await world.Get<OutboxDispatcher>().DispatchOnceAsync(Ct));
        await world.RestartAsync();
        Assert.Equal(0, await world.Get<OutboxDispatcher>().DispatchOnceAsync(Ct));
        await world.AskAsync(804, "/huongdan");
        var answers = (await world.Emulator.BotMessagesAsync(804, Ct)).Count(m => m.Text.Contains("Trả lời của", StringComparison.Ordinal));
        Assert.Equal(1, answers);

        await world.Emulator.PressAsync(804, 804, delivered.MessageId, delivered.ButtonData("Hữu ích"), Ct);
        await world.Emulator.PressAsync(804, 805, delivered.MessageId, delivered.ButtonData("Hữu ích"), Ct);
        await world.AskAsync(804, "/huongdan");
        var callbacks = (await world.Emulator.CallbackAnswersAsync(Ct)).EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : null).OfType<string>().ToList();
        Assert.Equal(["Cảm ơn bạn đã đánh giá!", "Chỉ người hỏi mới đánh giá được câu trả lời này."], callbacks);
    }

    [Fact]
    public async Task MyQuestions_TwoOfficials_EachSeesOnlyTheirOwnTickets()
    {
        await using var world = await TelegramScenario.StartAsync();
        var escalation = world.Get<EscalationService>();
        var a = await escalation.OpenAsync(new EscalationRequest(await world.RegisterOfficialAsync(806), "Cửa hàng xăng dầu ở xã cần điều kiện gì về phòng cháy?", "xang-dau", []), Ct);
        var b = await escalation.OpenAsync(new EscalationRequest(await world.RegisterOfficialAsync(807), "Hộ kinh doanh bán rượu thủ công có cần giấy phép không?", "ruou", []), Ct);

        var mine = await world.AskAsync(806, "/cauhoi");
        Assert.Contains(a.Ticket!.Code, mine.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(b.Ticket!.Code, mine.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn trả lời", mine.Text, StringComparison.Ordinal);
    }

    private static ServiceProvider DomainOnly(string directory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:MoitBot"] = $"Data Source={Path.Combine(directory, "bot.db")}" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddKnowledge(configuration);
        return services.BuildServiceProvider();
    }
}
