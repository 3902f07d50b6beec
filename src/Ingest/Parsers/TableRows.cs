namespace MoitBot.Ingest.Parsers;

/// <summary>
/// Adds a table as one block per row. With a header row and more than one data row, each data
/// row is written "Header: value; Header: value" so a row read alone still says what it means.
/// </summary>
internal static class TableRows
{
    public static void Add(ParsedSource source, IReadOnlyList<IReadOnlyList<string>> rows, int? page = null)
    {
        var labelled = rows.Count > 2 && rows[0].Count > 1 && rows[0].All(c => c.Length is > 0 and < 80);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var text = labelled && i > 0
                ? string.Join("; ", cells.Select((c, j) => (c, j)).Where(x => x.c.Length > 0)
                    .Select(x => x.j < rows[0].Count ? $"{rows[0][x.j]}: {x.c}" : x.c))
                : string.Join(" | ", cells.Where(c => c.Length > 0));
            source.Blocks.Add(new ParsedBlock(text.Replace('\n', ' ')) { Cells = cells, Page = page });
        }
    }
}
