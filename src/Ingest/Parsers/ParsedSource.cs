namespace MoitBot.Ingest.Parsers;

/// <summary>What a parser read from one file: document blocks or Q&amp;A records, plus notes for the report.</summary>
public sealed class ParsedSource
{
    public List<ParsedBlock> Blocks { get; } = [];

    public List<QaRecord> Records { get; } = [];

    /// <summary>Things the operator should know that did not stop the file (encoding converted, rows skipped).</summary>
    public List<string> Notes { get; } = [];

    public bool IsQuestionAnswers => Records.Count > 0;
}
