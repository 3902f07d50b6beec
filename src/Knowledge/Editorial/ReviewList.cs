using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>The editors' queue: drafts to review and approved entries whose review is due or that cite a document no longer in force.</summary>
public sealed class ReviewList(KnowledgeStore store, EditorialStore editorial, MinistryCatalog catalog, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<QueueItem>> ListAsync(QueueFilter filter, CancellationToken cancellationToken = default)
    {
        EntryStatus[] statuses = filter.View switch
        {
            QueueView.Drafts => [EntryStatus.Draft],
            QueueView.Overdue or QueueView.Approved => [EntryStatus.Approved],
            QueueView.Retired => [EntryStatus.Retired],
            _ => [],
        };
        var entries = await store.ListAsync(statuses, cancellationToken);
        var records = await editorial.ListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        return entries
            .Select(e =>
            {
                var record = records.GetValueOrDefault(e.Id) ?? EditorialStore.DefaultFor(e);
                var age = (int)Math.Max(0, (now - record.CreatedAt).TotalDays);
                return new QueueItem(e, record, catalog.DepartmentOf(e.Field), age, record.IsOverdue(today));
            })
            .Where(i => filter.View != QueueView.Overdue || i.Overdue)
            .Where(i => filter.Field is null || string.Equals(i.Entry.Field, filter.Field, StringComparison.OrdinalIgnoreCase))
            .Where(i => filter.Department is null || string.Equals(i.Department.Code, filter.Department, StringComparison.OrdinalIgnoreCase))
            .Where(i => filter.Source is null || i.Record.Source == filter.Source)
            .Where(i => filter.MinAgeDays is null || i.AgeDays >= filter.MinAgeDays)
            .OrderByDescending(i => i.Overdue)
            .ThenByDescending(i => i.AgeDays)
            .ThenBy(i => i.Entry.Id, StringComparer.Ordinal)
            .ToList();
    }
}
