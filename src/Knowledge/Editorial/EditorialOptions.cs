using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Editorial;

public sealed class EditorialOptions
{
    public const string Section = "Editorial";

    /// <summary>How long an approved entry stays valid before it is due for review again.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan ReviewPeriod { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How many times officials must mark a bot answer helpful before it becomes a draft suggestion.</summary>
    [Range(1, 1000)]
    public int HelpfulSuggestionThreshold { get; set; } = 3;

    /// <summary>Whether new and changed drafts are announced to the editors' Teams channel (off for a bulk ingestion run).</summary>
    public bool TeamsDraftCards { get; set; } = true;
}
