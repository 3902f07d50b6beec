namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Action.Execute verbs of the escalation card, and the ids of its inputs.</summary>
public static class CardVerbs
{
    public const string Claim = "claim";
    public const string Answer = "answer";
    public const string Reassign = "reassign";
    public const string NeedAuthority = "need-authority";
    public const string Resume = "resume";
    public const string SearchEntries = "search-entries";
    public const string LinkEntry = "link-entry";
    public const string InviteLegal = "invite-legal";
    public const string Refresh = "refresh";

    public const string TicketIdData = "ticketId";
    public const string AnswerInput = "answer";
    public const string LegalBasisInput = "legalBasis";
    public const string DepartmentInput = "department";
    public const string AuthorityInput = "authority";
    public const string EntryQueryInput = "entryQuery";
    public const string EntryIdInput = "entryId";
}
