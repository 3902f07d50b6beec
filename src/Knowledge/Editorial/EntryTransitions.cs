using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Which editorial action is allowed from which status, and the status it leads to. Drafts are
/// approved, sent back (still a draft, with a comment), rejected or edited; approved entries are
/// retired or reopened for editing; retired entries can only be reopened.
/// </summary>
public static class EntryTransitions
{
    public static EntryStatus? TargetOf(EditorialAction action, EntryStatus current) => (action, current) switch
    {
        (EditorialAction.Approved, EntryStatus.Draft) => EntryStatus.Approved,
        (EditorialAction.SentBack, EntryStatus.Draft) => EntryStatus.Draft,
        (EditorialAction.Edited, EntryStatus.Draft) => EntryStatus.Draft,
        (EditorialAction.Rejected, EntryStatus.Draft) => EntryStatus.Retired,
        (EditorialAction.Retired, EntryStatus.Approved) => EntryStatus.Retired,
        (EditorialAction.Reopened, EntryStatus.Approved or EntryStatus.Retired) => EntryStatus.Draft,
        _ => null,
    };

    public static bool IsAllowed(EditorialAction action, EntryStatus current) => TargetOf(action, current) is not null;

    /// <summary>Actions an editor may take on an entry in this status, in the order the page shows them.</summary>
    public static IReadOnlyList<EditorialAction> AllowedFrom(EntryStatus current) =>
        new[] { EditorialAction.Approved, EditorialAction.SentBack, EditorialAction.Rejected, EditorialAction.Retired, EditorialAction.Reopened }
            .Where(a => IsAllowed(a, current))
            .ToList();
}
