namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Action.Execute verbs of the editors' draft card, and the ids of its data and inputs.</summary>
public static class DraftCardVerbs
{
    public const string Prefix = "draft.";
    public const string Approve = "draft.approve";
    public const string Reject = "draft.reject";

    public const string EntryIdData = "entryId";

    /// <summary>The version the card shows, so a click on an outdated card never approves content the editor did not see.</summary>
    public const string VersionData = "version";
    public const string ReasonInput = "reason";
}
