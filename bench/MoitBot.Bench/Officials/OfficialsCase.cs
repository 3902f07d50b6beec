namespace MoitBot.Bench.Officials;

/// <summary>One question of tests/officials/*.jsonl, with the file and line it came from.</summary>
internal sealed record OfficialsCase
{
    public required string Id { get; init; }
    public required string Question { get; init; }
    public required string Form { get; init; }
    public required string Split { get; init; }

    /// <summary>The earlier question a "tiep-theo" follow-up continues.</summary>
    public string? Previous { get; init; }

    public string? ExpectedEntryId { get; init; }

    /// <summary>Repository-relative path of an ingested file; with <see cref="ExpectedLocator"/>.</summary>
    public string? ExpectedSource { get; init; }

    /// <summary>A prefix of the ingested entry's Locator ("Điều 5, Khoản 2").</summary>
    public string? ExpectedLocator { get; init; }

    /// <summary>Section code of a procedure sheet (trinh-tu, thanh-phan-ho-so...), when the answer must come from it.</summary>
    public string? ExpectedSection { get; init; }

    public bool NotInBank { get; init; }

    /// <summary>For a question not in the bank: true when it is still a Công Thương topic.</summary>
    public bool? InRemit { get; init; }

    public required string File { get; init; }
    public required int Line { get; init; }
}
