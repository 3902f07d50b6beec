namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Who asked what before a staff-answer draft existed: the original question(s) (the ticket and
/// its duplicates), the askers' provinces, and their registered names (only to detect them in
/// text; never displayed).
/// </summary>
public sealed record DraftOrigin(IReadOnlyList<string> Questions, IReadOnlyList<string> Provinces, IReadOnlyList<string> AskerNames)
{
    public static DraftOrigin None { get; } = new([], [], []);
}
