using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Bot.Channels.Teams.Desk;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Outbox;
using static MoitBot.Bot.Tests.Channels.Teams.EndToEnd.PlaygroundFrames;

namespace MoitBot.Bot.Tests.Channels.Teams.EndToEnd;

/// <summary>
/// The editors' draft cards against the Microsoft 365 Agents Playground: a card posted in the editors' channel is updated
/// for everyone (an updateMessage of the posted message) when its draft is approved, rejected or replaced, wherever that happens.
/// </summary>
public sealed class DraftCardEndToEndTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IDisposable
{
    private const string Channel = "team-id";
    private const string Editor = "Alex Wilber";
    private readonly string _directory = Directory.CreateTempSubdirectory("moitbot-draft-e2e-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Database => Path.Combine(_directory, "bot.db");

    [Fact]
    public async Task ApproveInCard_PostedMessageUpdatedForEveryone_NoApproveButtonAndEditorNamed()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        var mark = playground.Stream.Frames.Count;
        var id = await CreateDraftAsync(host.Services, "Cấp phép tua bin gió trên mái nhà xưởng");
        var posted = await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id), "the draft card", mark, Ct);
        Assert.Contains(DraftCardVerbs.Approve, posted.ToJsonString(), StringComparison.Ordinal);
        var (conversation, messageId) = Address(posted, Channel);

        mark = playground.Stream.Frames.Count;
        var response = await playground.InvokeAsync(conversation, messageId, "user-id-0", DraftCardVerbs.Approve, Data(id, 1), Ct);

        Assert.Contains($"{Editor} đã phê duyệt lúc", response!["value"]!.ToJsonString(Relaxed), StringComparison.Ordinal);
        var update = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id), "the card updated for everyone", mark, Ct);
        Assert.Equal(messageId, update["message"]!["messageId"]!.ToString());
        var card = Readable(update);
        Assert.Contains($"{Editor} đã phê duyệt lúc", card, StringComparison.Ordinal);
        Assert.Contains("Mục hỏi đáp đã phê duyệt", card, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, card, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Reject, card, StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Approved, (await host.Get<KnowledgeBank>().Store.GetAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task ApproveInWorkflow_AsOnTheWeb_PostedCardUpdatedWithEditorAndNoButtons()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        var mark = playground.Stream.Frames.Count;
        var id = await CreateDraftAsync(host.Services, "Điều kiện bán lẻ điện tại chợ nông thôn");
        var (_, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id), "the draft card", mark, Ct), Channel);

        mark = playground.Stream.Frames.Count;
        var approved = await host.Get<EditorialWorkflow>().ApproveAsync(id, "Nguyễn Thu Hà", Ct);

        Assert.True(approved.Succeeded, approved.Problem);
        var update = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id), "the card updated after the web approval", mark, Ct);
        Assert.Equal(messageId, update["message"]!["messageId"]!.ToString());
        Assert.Contains("Nguyễn Thu Hà đã phê duyệt lúc", Readable(update), StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, Readable(update), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditThenRejectInWorkflow_OldCardSuperseded_NewCardRejectedWithReason()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        var workflow = host.Get<EditorialWorkflow>();
        var mark = playground.Stream.Frames.Count;
        var id = await CreateDraftAsync(host.Services, "Thời hạn giấy phép bán lẻ rượu");
        var (_, first) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id), "the first card", mark, Ct), Channel);

        mark = playground.Stream.Frames.Count;
        var edited = await workflow.SaveAsync(Edit("Thời hạn giấy phép bán lẻ rượu", "Giấy phép bán lẻ rượu có thời hạn 05 năm kể từ ngày cấp.") with { Id = id }, "Trần Minh Quân", Ct);
        Assert.True(edited.Succeeded, edited.Problem);

        var superseded = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id) && f["message"]!["messageId"]!.ToString() == first, "the first card superseded", mark, Ct);
        Assert.Contains("Bản nháp đã có phiên bản mới", Readable(superseded), StringComparison.Ordinal);
        Assert.Contains("Trần Minh Quân đã sửa bản nháp lúc", Readable(superseded), StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, Readable(superseded), StringComparison.Ordinal);
        var (_, second) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id) && Readable(f).Contains("05 năm", StringComparison.Ordinal), "the card of version 2", mark, Ct), Channel);
        Assert.NotEqual(first, second);

        mark = playground.Stream.Frames.Count;
        var rejected = await workflow.RejectAsync(id, "Nguyễn Thu Hà", "Trùng với mục đã duyệt", Ct);
        Assert.True(rejected.Succeeded, rejected.Problem);

        var update = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id) && f["message"]!["messageId"]!.ToString() == second, "the second card rejected", mark, Ct);
        Assert.Contains("Nguyễn Thu Hà đã từ chối lúc", Readable(update), StringComparison.Ordinal);
        Assert.Contains("Lý do: Trùng với mục đã duyệt", Readable(update), StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCardVerbs.Approve, Readable(update), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedWhileTeamsHostDown_CardUpdatedAfterRestart()
    {
        playground.Require();
        var mark = playground.Stream.Frames.Count;
        string id, messageId;
        await using (var host = await StartHostAsync())
        {
            id = await CreateDraftAsync(host.Services, "Kiểm tra an toàn điện khu dân cư");
            (_, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id), "the draft card", mark, Ct), Channel);
            await WaitForCardRecordAsync(host, id);
        }

        // Approved by another process (the web editor) while the Teams side is down: the update waits in the outbox.
        await using (var domain = KnowledgeOnly.On(Database))
        {
            Assert.True((await domain.GetRequiredService<EditorialWorkflow>().ApproveAsync(id, "Lê Hồng Nhung", Ct)).Succeeded);
        }

        var restarted = playground.Stream.Frames.Count;
        await using (await StartHostAsync())
        {
            var update = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id), "the card updated after the restart", restarted, Ct);
            Assert.Equal(messageId, update["message"]!["messageId"]!.ToString());
            Assert.Contains("Lê Hồng Nhung đã phê duyệt lúc", Readable(update), StringComparison.Ordinal);
        }

        Assert.Single(playground.Stream.Frames.Skip(mark), f => IsCard(f, "createMessage", id));
    }

    [Fact]
    public async Task CrashBetweenSaveAndEnqueue_UpdateQueuedAgainAtStartAndCardUpdated()
    {
        playground.Require();
        var mark = playground.Stream.Frames.Count;
        string id, messageId;
        await using (var host = await StartHostAsync())
        {
            id = await CreateDraftAsync(host.Services, "Đăng ký cửa hàng bán lẻ xăng dầu");
            (_, messageId) = Address(await playground.Stream.WaitForAsync(f => IsCard(f, "createMessage", id), "the draft card", mark, Ct), Channel);
            await WaitForCardRecordAsync(host, id);
        }

        await using (var domain = KnowledgeOnly.On(Database))
        {
            Assert.True((await domain.GetRequiredService<EditorialWorkflow>().ApproveAsync(id, "Phạm Văn Long", Ct)).Succeeded);
        }

        // The process died after the approval was saved and before the bank queued the card update.
        Assert.Equal(1, await ExecuteAsync($"DELETE FROM outbox WHERE kind = '{OutboxKinds.TeamsDraftCardUpdated}' AND idempotency_key LIKE '%:{id}:%'"));

        var restarted = playground.Stream.Frames.Count;
        await using (await StartHostAsync())
        {
            var update = await playground.Stream.WaitForAsync(f => IsCard(f, "updateMessage", id), "the card updated after the restart", restarted, Ct);
            Assert.Equal(messageId, update["message"]!["messageId"]!.ToString());
            Assert.Contains("Phạm Văn Long đã phê duyệt lúc", Readable(update), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UpdateForVersionWithoutCard_CompletesQuietly()
    {
        playground.Require();
        await using var host = await StartHostAsync();
        var mark = playground.Stream.Frames.Count;
        var outbox = host.Get<OutboxStore>();

        await outbox.EnqueueAsync(OutboxKinds.TeamsDraftCardUpdated, "test:no-card", new DraftNotice("khong-co-the", 7), Ct);
        await outbox.EnqueueAsync(OutboxKinds.TeamsDraftCardUpdated, "test:demo-entry", new DraftNotice("demo-ruou-001", 2), Ct);

        var statuses = await WaitForAsync(async () =>
        {
            var rows = await QueryAsync("SELECT status || ':' || attempts || ':' || IFNULL(last_error, '') FROM outbox WHERE idempotency_key LIKE 'test:%'");
            // Wait until both were handled once: sent, or failed and scheduled for a retry (which would fail the test).
            return rows.Count == 2 && rows.All(r => !r.StartsWith("Pending:0:", StringComparison.Ordinal)) ? rows : null;
        });
        Assert.Equal(["Sent:0:", "Sent:0:"], statuses);
        Assert.DoesNotContain(playground.Stream.Frames.Skip(mark), f => f["action"]?.GetValue<string>() == "updateMessage");
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
        ["Editorial:TeamsChannelId"] = Channel,
        ["Editorial:TeamsServiceUrl"] = $"http://localhost:{playground.Port}/_connector",
    });

    private static async Task<string> CreateDraftAsync(IServiceProvider services, string title)
    {
        var result = await services.GetRequiredService<EditorialWorkflow>().SaveAsync(
            Edit(title, $"{title}: thực hiện theo hướng dẫn của Sở Công Thương; UBND xã tiếp nhận hồ sơ và chuyển Sở trong 03 ngày làm việc."), "Biên tập viên thử nghiệm", Ct);
        Assert.True(result.Succeeded, result.Problem);
        return result.Entry!.Id;
    }

    private static EntryEdit Edit(string title, string body) => new() { Field = "dien-luc", Title = title, Question = $"{title} như thế nào?", Body = body };

    private static JsonObject Data(string entryId, int version) => new() { [DraftCardVerbs.EntryIdData] = entryId, [DraftCardVerbs.VersionData] = version };

    private static async Task WaitForCardRecordAsync(TeamsHost host, string entryId) =>
        await WaitForAsync(() => host.Get<DraftCardStore>().FindAsync(entryId, 1, Ct));

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        return await connection.ExecuteAsync(sql);
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        return (await connection.QueryAsync<string>(sql)).ToList();
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        while (true)
        {
            Ct.ThrowIfCancellationRequested();
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100, Ct);
        }
    }
}
