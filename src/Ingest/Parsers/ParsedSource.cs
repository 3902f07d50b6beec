namespace MoitBot.Ingest.Parsers;

/// <summary>What a parser read from one file: document blocks or Q&amp;A records, plus notes for the report.</summary>
public sealed class ParsedSource
{
    public List<ParsedBlock> Blocks { get; } = [];

    public List<QaRecord> Records { get; } = [];

    /// <summary>Things the operator should know that did not stop the file (encoding converted, rows skipped).</summary>
    public List<string> Notes { get; } = [];

    public bool IsQuestionAnswers => Records.Count > 0;

    /// <summary>Adds one block per non-blank line of a text, trimmed.</summary>
    public void AddLines(string text, int? page = null, int? headingLevel = null)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                Blocks.Add(new ParsedBlock(line.Trim()) { Page = page, HeadingLevel = headingLevel });
            }
        }
    }
}
