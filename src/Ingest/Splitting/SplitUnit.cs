namespace MoitBot.Ingest.Splitting;

/// <summary>A structural unit (article, clause, section, page) before it is cut to size.</summary>
internal sealed class SplitUnit(LegalLocator locator, string? heading)
{
    public LegalLocator Locator { get; } = locator;

    public string? Heading { get; } = heading;

    /// <summary>The article's lead-in, repeated before this clause.</summary>
    public string? LeadIn { get; set; }

    public List<SplitLine> Lines { get; } = [];
}

/// <summary>One line of a unit; <see cref="Point"/> is set for lines of an Điểm.</summary>
internal sealed record SplitLine(string Text, int? Page, string? Point);
