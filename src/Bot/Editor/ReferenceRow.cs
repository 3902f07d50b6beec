namespace MoitBot.Bot.Editor;

/// <summary>One legal reference row of the entry form.</summary>
public sealed class ReferenceRow
{
    public string? DocumentNumber { get; set; }
    public string? Article { get; set; }
    public string? Clause { get; set; }
    public string? Point { get; set; }
}
