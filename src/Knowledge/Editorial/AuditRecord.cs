namespace MoitBot.Knowledge.Editorial;

/// <summary>One line of the audit log: who did what to which entry or document, with the state before and after.</summary>
public sealed record AuditRecord(
    long Id,
    string SubjectKind,
    string SubjectId,
    EditorialAction Action,
    string Actor,
    DateTimeOffset At,
    string? Comment,
    string? BeforeJson,
    string? AfterJson)
{
    public const string EntrySubject = "entry";
    public const string DocumentSubject = "document";
}
