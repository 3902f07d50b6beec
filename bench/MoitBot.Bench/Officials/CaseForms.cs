namespace MoitBot.Bench.Officials;

/// <summary>The forms and splits of the officials' words set (docs: the procedure-format contract).</summary>
internal static class CaseForms
{
    public const string NoDiacritics = "khong-dau";
    public const string Abbreviated = "viet-tat";
    public const string Colloquial = "khau-ngu";
    public const string Long = "dai";
    public const string FollowUp = "tiep-theo";
    public const string Accented = "co-dau";

    public const string Tune = "tune";
    public const string Test = "test";

    /// <summary>A long question states its context: at least this many words.</summary>
    public const int LongMinWords = 40;

    public static IReadOnlyList<string> All { get; } = [NoDiacritics, Abbreviated, Colloquial, Long, FollowUp, Accented];

    public static IReadOnlyList<string> Splits { get; } = [Tune, Test];

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
