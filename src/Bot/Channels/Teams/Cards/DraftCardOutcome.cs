using System.Text.Json;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>
/// What became of the draft version a card was posted for, read from the entry's stored versions (who saved which version
/// when) and the audit log (which editorial action it was, with the editor's reason): approved, rejected, retired, reopened,
/// or replaced by a version with other content. Order-free: it always describes the current state, so a late or repeated
/// update never shows an older one.
/// </summary>
public static class DraftCardOutcome
{
    /// <summary>
    /// The entry to show (the posted version's content with its current status), whether a newer draft replaced it, and one
    /// Vietnamese line per change since it was posted (null when nothing changed).
    /// </summary>
    public static (KnowledgeEntry Shown, bool Superseded, string? Notice) Describe(int cardVersion, IReadOnlyList<EntryVersion> versions,
        IReadOnlyList<AuditRecord> audit, Func<DateTimeOffset, string> formatTime)
    {
        var ordered = versions.OrderBy(v => v.Version).ToList();
        var posted = ordered.LastOrDefault(v => v.Version <= cardVersion) ?? ordered[0];
        var shown = posted.Snapshot;
        var lines = new List<string>();
        foreach (var next in ordered.Where(v => v.Version > posted.Version))
        {
            var record = ActionFor(audit, next.Version);
            var who = CardText.Escape(record?.Actor ?? next.ChangedBy);
            var at = formatTime(record?.At ?? next.ChangedAt);
            if (!SameContent(shown, next.Snapshot))
            {
                lines.Add(next.Snapshot.Status == EntryStatus.Draft
                    ? $"{who} đã sửa bản nháp lúc {at}; phiên bản mới ({next.Version}) được gửi thành thẻ mới để duyệt."
                    : $"{who} đã thay nội dung bằng phiên bản {next.Version} lúc {at}.");
                return (shown, true, Join(lines));
            }

            var action = record?.Action ?? ActionOf(next.Snapshot.Status);
            var reason = string.IsNullOrWhiteSpace(record?.Comment) ? string.Empty : $" Lý do: {CardText.Escape(record.Comment.Trim())}";
            lines.Add(action switch
            {
                EditorialAction.Approved => $"{who} đã phê duyệt lúc {at}.",
                EditorialAction.Rejected => $"{who} đã từ chối lúc {at}.{reason}",
                EditorialAction.Retired => $"{who} đã gỡ mục lúc {at}.{reason}",
                EditorialAction.Reopened => $"{who} đã mở lại mục lúc {at}; bản nháp mới (phiên bản {next.Version}) được gửi thành thẻ mới.",
                _ => $"{who} đã cập nhật mục lúc {at}.",
            });
            shown = shown with { Status = next.Snapshot.Status };
        }

        // Reopened: the draft on this card lives on as a newer version with its own card.
        return (shown, lines.Count > 0 && shown.Status == EntryStatus.Draft, lines.Count == 0 ? null : Join(lines));
    }

    private static bool SameContent(KnowledgeEntry a, KnowledgeEntry b) =>
        (a with { Status = EntryStatus.Draft }).ContentHash == (b with { Status = EntryStatus.Draft }).ContentHash;

    private static EditorialAction ActionOf(EntryStatus status) => status switch
    {
        EntryStatus.Approved => EditorialAction.Approved,
        EntryStatus.Retired => EditorialAction.Retired,
        _ => EditorialAction.Reopened,
    };

    /// <summary>The status action that produced this version, when an editor took it (the audit row's "after" is that version).</summary>
    private static AuditRecord? ActionFor(IReadOnlyList<AuditRecord> audit, int version) =>
        audit.FirstOrDefault(r => r.SubjectKind == AuditRecord.EntrySubject
            && r.Action is EditorialAction.Approved or EditorialAction.Rejected or EditorialAction.Retired or EditorialAction.Reopened or EditorialAction.Edited
            && VersionOf(r.AfterJson) == version);

    private static int? VersionOf(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("version", out var version)
                && version.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Join(List<string> lines) => string.Join("\n\n", lines);
}
