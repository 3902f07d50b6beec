using System.Text.Json;
using MoitBot.Bot.Channels.Teams.Cards;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Tests.Channels.Teams.Cards;

public sealed class DraftCardOutcomeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_NothingSinceThePostedVersion_PendingWithoutNotice()
    {
        var (shown, superseded, notice) = Describe(1, [Version(1, Draft(), "Hệ thống")], []);

        Assert.Equal(EntryStatus.Draft, shown.Status);
        Assert.False(superseded);
        Assert.Null(notice);
    }

    [Fact]
    public void Describe_Approved_EditorAndTimeFromTheAuditLog()
    {
        var approved = Draft() with { Status = EntryStatus.Approved, Version = 2 };
        var (shown, superseded, notice) = Describe(1, [Version(1, Draft(), "Hệ thống"), Version(2, approved, "Khánh Linh")],
            [Audit(EditorialAction.Approved, "Khánh Linh", approved, null, 5)]);

        Assert.Equal(EntryStatus.Approved, shown.Status);
        Assert.Equal(1, shown.Version);
        Assert.False(superseded);
        Assert.Equal("Khánh Linh đã phê duyệt lúc 02:05.", notice);
    }

    [Fact]
    public void Describe_RejectedWithReason_ReasonShownAndMarkupEscaped()
    {
        var rejected = Draft() with { Status = EntryStatus.Retired, Version = 2 };
        var (shown, _, notice) = Describe(1, [Version(1, Draft(), "Hệ thống"), Version(2, rejected, "An")],
            [Audit(EditorialAction.Rejected, "An", rejected, "Trùng *mục* đã duyệt", 3)]);

        Assert.Equal(EntryStatus.Retired, shown.Status);
        Assert.Equal("An đã từ chối lúc 02:03. Lý do: Trùng \\*mục\\* đã duyệt", notice);
    }

    [Fact]
    public void Describe_RetiredByIngestionWithoutAudit_SaverFromTheVersion()
    {
        var retired = Draft() with { Status = EntryStatus.Retired, Version = 2 };
        var (_, superseded, notice) = Describe(1, [Version(1, Draft(), "Hệ thống"), Version(2, retired, "ingest", 9)], []);

        Assert.False(superseded);
        Assert.Equal("ingest đã gỡ mục lúc 02:09.", notice);
    }

    [Fact]
    public void Describe_ApprovedThenRetired_BothLinesAndCurrentStatus()
    {
        var approved = Draft() with { Status = EntryStatus.Approved, Version = 2 };
        var retired = Draft() with { Status = EntryStatus.Retired, Version = 3 };
        var (shown, _, notice) = Describe(1, [Version(3, retired, "Bình"), Version(1, Draft(), "Hệ thống"), Version(2, approved, "An")],
            [Audit(EditorialAction.Retired, "Bình", retired, null, 7), Audit(EditorialAction.Approved, "An", approved, null, 5)]);

        Assert.Equal(EntryStatus.Retired, shown.Status);
        Assert.Equal("An đã phê duyệt lúc 02:05.\n\nBình đã gỡ mục lúc 02:07.", notice);
    }

    [Fact]
    public void Describe_EditedIntoNewDraft_SupersededAndOldContentKept()
    {
        var edited = Draft() with { Body = "Nội dung mới", Version = 2 };
        var (shown, superseded, notice) = Describe(1, [Version(1, Draft(), "Hệ thống"), Version(2, edited, "Quân")],
            [Audit(EditorialAction.Edited, "Quân", edited, null, 4)]);

        Assert.True(superseded);
        Assert.Equal(Draft().Body, shown.Body);
        Assert.Equal("Quân đã sửa bản nháp lúc 02:04; phiên bản mới (2) được gửi thành thẻ mới để duyệt.", notice);
    }

    [Fact]
    public void Describe_ApprovedThenReopened_SupersededByTheReopenedDraft()
    {
        var approved = Draft() with { Status = EntryStatus.Approved, Version = 2 };
        var reopened = Draft() with { Version = 3 };
        var (shown, superseded, notice) = Describe(1, [Version(1, Draft(), "Hệ thống"), Version(2, approved, "An"), Version(3, reopened, "Bình")],
            [Audit(EditorialAction.Reopened, "Bình", reopened, null, 8), Audit(EditorialAction.Approved, "An", approved, null, 5)]);

        Assert.True(superseded);
        Assert.Equal(EntryStatus.Draft, shown.Status);
        Assert.EndsWith("Bình đã mở lại mục lúc 02:08; bản nháp mới (phiên bản 3) được gửi thành thẻ mới.", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_LaterCardVersion_OnlyChangesAfterItCount()
    {
        var edited = Draft() with { Body = "Nội dung mới", Version = 2 };
        var approved = edited with { Status = EntryStatus.Approved, Version = 3 };
        var (shown, superseded, notice) = Describe(2, [Version(1, Draft(), "Hệ thống"), Version(2, edited, "Quân"), Version(3, approved, "An")],
            [Audit(EditorialAction.Approved, "An", approved, null, 5), Audit(EditorialAction.Edited, "Quân", edited, null, 4)]);

        Assert.False(superseded);
        Assert.Equal("Nội dung mới", shown.Body);
        Assert.Equal("An đã phê duyệt lúc 02:05.", notice);
    }

    private static (KnowledgeEntry Shown, bool Superseded, string? Notice) Describe(int cardVersion, IReadOnlyList<EntryVersion> versions, IReadOnlyList<AuditRecord> audit) =>
        DraftCardOutcome.Describe(cardVersion, versions, audit, at => at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));

    private static EntryVersion Version(int version, KnowledgeEntry snapshot, string by, int minute = 1) =>
        new(version, Start.AddMinutes(minute), by, snapshot with { Version = version });

    private static AuditRecord Audit(EditorialAction action, string actor, KnowledgeEntry after, string? comment, int minute) =>
        new(minute, AuditRecord.EntrySubject, after.Id, action, actor, Start.AddMinutes(minute), comment, null, JsonSerializer.Serialize(after, KnowledgeJson.Options));

    private static KnowledgeEntry Draft() => new()
    {
        Id = "bt-123",
        Kind = EntryKind.QuestionAnswer,
        Field = "dien-luc",
        Title = "Điều kiện cấp giấy phép điện lực",
        Question = "Hộ kinh doanh có cần giấy phép?",
        Body = "Theo Nghị định 137/2013/NĐ-CP, hộ kinh doanh bán lẻ điện ở nông thôn cần giấy phép.",
        Status = EntryStatus.Draft,
        Version = 1,
        Provenance = Provenance.StaffAnswer,
    };
}
