using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Builds the draft card's view: the field's Vietnamese name, the web UI address of the entry, and what became of a posted version.</summary>
public sealed class DraftCardViews(MinistryCatalog catalog, IOptions<AnsweringOptions> answering, VersionHistory history, AuditLog audit, WorkingCalendar calendar)
{
    public DraftCardView Create(KnowledgeEntry entry, string? notice = null, bool noticeIsError = false) =>
        new(entry, catalog.FindField(entry.Field)?.Name ?? entry.Field, EditorialLinks.EditorUrl(answering.Value.PublicBaseUrl, entry.Id), notice, noticeIsError);

    /// <summary>The card posted for this version as it should look now, for everyone; null when the entry has no stored versions.</summary>
    public async Task<DraftCardView?> CreateForCardAsync(string entryId, int cardVersion, CancellationToken cancellationToken)
    {
        var versions = await history.ListAsync(entryId, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var records = await audit.ListAsync(AuditRecord.EntrySubject, entryId, cancellationToken);
        var (shown, superseded, notice) = DraftCardOutcome.Describe(cardVersion, versions, records, at => CardText.Format(calendar.ToLocal(at)));
        return Create(shown, notice) with { Superseded = superseded };
    }
}
