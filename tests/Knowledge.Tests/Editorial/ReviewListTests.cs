using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using Microsoft.Extensions.Time.Testing;

namespace MoitBot.Knowledge.Tests.Editorial;

public sealed class ReviewListTests
{
    [Fact]
    public async Task ListAsync_Drafts_FiltersByFieldDepartmentAndSource()
    {
        var ct = TestContext.Current.CancellationToken;
        var staff = TestBank.Qa("staff-1", "xang-dau", "Câu hỏi xăng dầu?", "Trả lời.", status: EntryStatus.Draft) with { Provenance = Provenance.StaffAnswer };
        await using var bank = await TestBank.CreateAsync([.. TestBank.SampleEntries(), staff]);
        var list = bank.Get<ReviewList>();

        var all = await list.ListAsync(new QueueFilter(), ct);
        var byField = await list.ListAsync(new QueueFilter { Field = "ruou" }, ct);
        var bySource = await list.ListAsync(new QueueFilter { Source = DraftSource.StaffAnswer }, ct);
        var byDepartment = await list.ListAsync(new QueueFilter { Department = "cuc-dien-luc" }, ct);

        Assert.Equal(["ruou-nhap", "staff-1"], all.Select(i => i.Entry.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ruou-nhap"], byField.Select(i => i.Entry.Id));
        Assert.Equal(["staff-1"], bySource.Select(i => i.Entry.Id));
        Assert.Empty(byDepartment);
    }

    [Fact]
    public async Task ListAsync_Overdue_ShowsApprovedEntriesPastTheirReviewDate()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bank = await TestBank.CreateAsync([TestBank.Qa("d1", "ruou", "Câu hỏi?", "Trả lời.", status: EntryStatus.Draft)], time: time);
        await bank.Get<EditorialWorkflow>().ApproveAsync("d1", "a", ct);
        Assert.Empty(await bank.Get<ReviewList>().ListAsync(new QueueFilter { View = QueueView.Overdue }, ct));

        time.Advance(TimeSpan.FromDays(400));
        var overdue = await bank.Get<ReviewList>().ListAsync(new QueueFilter { View = QueueView.Overdue }, ct);

        Assert.Equal(["d1"], overdue.Select(i => i.Entry.Id));
        Assert.True(overdue[0].AgeDays >= 400);
    }

    [Fact]
    public async Task ListAsync_FirstActionOnOldDraft_KeepsTheDraftsAge()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var bank = await TestBank.CreateAsync([TestBank.Qa("d1", "ruou", "Câu hỏi?", "Trả lời.", status: EntryStatus.Draft)], time: time);
        time.Advance(TimeSpan.FromDays(10));

        await bank.Get<EditorialWorkflow>().SendBackAsync("d1", "a", "Bổ sung căn cứ", ct);
        var item = Assert.Single(await bank.Get<ReviewList>().ListAsync(new QueueFilter { MinAgeDays = 10 }, ct));

        Assert.Equal(10, item.AgeDays);
    }
}
