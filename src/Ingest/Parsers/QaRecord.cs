namespace MoitBot.Ingest.Parsers;

/// <summary>A past question with its answer, from a spreadsheet row or a JSON export.</summary>
public sealed record QaRecord(string Question, string Answer)
{
    public string? Field { get; init; }
    public string? LegalBasis { get; init; }
    public string? Department { get; init; }
    public string? Date { get; init; }

    /// <summary>Sheet name (XLSX), file name (CSV) or array name (JSON).</summary>
    public required string Sheet { get; init; }

    /// <summary>1-based row in the sheet, counting the header row; item number for JSON.</summary>
    public required int Row { get; init; }
}
