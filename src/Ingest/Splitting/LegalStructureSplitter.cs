using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Splitting;

/// <summary>
/// Splits a document by the structure of Vietnamese legal and administrative texts: Chương / Mục
/// / Điều / Khoản / Điểm. One chunk per clause (an article without clauses is one chunk), the
/// article's short lead-in repeated before each clause; a long clause splits by its points, and
/// anything still too long splits by lines with overlap. Documents without articles split by
/// heading and PDF page. Lines (and table rows) are never cut unless a single one is too long.
/// </summary>
public sealed partial class LegalStructureSplitter(IOptions<SplitterOptions> options)
{
    public IReadOnlyList<Chunk> Split(IReadOnlyList<ParsedBlock> blocks)
    {
        var units = blocks.Any(b => Article().IsMatch(b.Text)) ? new LegalUnitReader(options.Value.MaxLeadInChars).Read(blocks) : ReadByHeading(blocks);
        var chunks = new List<Chunk>();
        foreach (var unit in units.Where(u => u.Lines.Count > 0))
        {
            chunks.AddRange(Emit(unit));
        }

        return chunks;
    }

    private IEnumerable<Chunk> Emit(SplitUnit unit)
    {
        var settings = options.Value;
        var lead = unit.LeadIn is null ? [] : new List<SplitLine> { new(unit.LeadIn, unit.Lines[0].Page, null) };
        var whole = lead.Concat(unit.Lines).ToList();
        if (Length(whole) <= settings.MaxChunkChars)
        {
            yield return ToChunk(unit, unit.Locator, whole);
            yield break;
        }

        var groups = unit.Lines.Any(l => l.Point is not null)
            ? unit.Lines.GroupBy(l => l.Point).Select(g => (Point: g.Key, Lines: g.ToList())).ToList()
            : [(Point: (string?)null, Lines: unit.Lines)];
        var clauseLead = groups[0].Point is null && groups.Count > 1 ? groups[0].Lines : [];
        foreach (var (point, lines) in groups.Where(g => g.Point is not null || groups.Count == 1))
        {
            var context = lead.Concat(Length(clauseLead) <= settings.MaxLeadInChars ? clauseLead : []).ToList();
            var parts = SplitLines(lines, settings.MaxChunkChars - Length(context), settings.OverlapChars).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var locator = unit.Locator with { Point = point ?? unit.Locator.Point, Part = parts.Count > 1 ? i + 1 : 1 };
                yield return ToChunk(unit, locator, context.Concat(parts[i]).ToList());
            }
        }

        if (clauseLead.Count > 0 && Length(clauseLead) > settings.MaxLeadInChars)
        {
            foreach (var (part, i) in SplitLines(clauseLead, settings.MaxChunkChars, settings.OverlapChars).Select((p, i) => (p, i)))
            {
                yield return ToChunk(unit, unit.Locator with { Part = 100 + i }, lead.Concat(part).ToList());
            }
        }
    }

    private static Chunk ToChunk(SplitUnit unit, LegalLocator locator, List<SplitLine> lines) =>
        new(locator with { Page = lines.Select(l => l.Page).FirstOrDefault(p => p is not null) }, string.Join('\n', lines.Select(l => l.Text)))
        {
            Heading = unit.Heading,
        };

    private static List<SplitUnit> ReadByHeading(IReadOnlyList<ParsedBlock> blocks)
    {
        var units = new List<SplitUnit>();
        SplitUnit? current = null;
        string? heading = null;
        foreach (var block in blocks)
        {
            if (block.HeadingLevel is not null)
            {
                heading = block.Text.Length > 80 ? block.Text[..80] : block.Text;
                current = null;
                continue;
            }

            if (current is null || current.Lines[^1].Page != block.Page)
            {
                current = new SplitUnit(new LegalLocator { Heading = heading }, heading);
                units.Add(current);
            }

            current.Lines.Add(new SplitLine(block.Text, block.Page, null));
        }

        return units;
    }

    internal static IEnumerable<List<SplitLine>> SplitLines(List<SplitLine> lines, int max, int overlap)
    {
        max = Math.Max(max, 200);
        var current = new List<SplitLine>();
        foreach (var line in lines.SelectMany(l => Pieces(l, max)))
        {
            if (current.Count > 0 && Length(current) + line.Text.Length + 1 > max)
            {
                yield return current;
                var tail = new List<SplitLine>();
                for (var i = current.Count - 1; i > 0 && Length(tail) + current[i].Text.Length <= overlap; i--)
                {
                    tail.Insert(0, current[i]);
                }

                current = tail;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static IEnumerable<SplitLine> Pieces(SplitLine line, int max)
    {
        if (line.Text.Length <= max)
        {
            yield return line;
            yield break;
        }

        var piece = string.Empty;
        foreach (var word in Sentence().Split(line.Text).SelectMany(s => s.Length <= max ? [s] : s.Split(' ')))
        {
            if (piece.Length > 0 && piece.Length + word.Length + 1 > max)
            {
                yield return line with { Text = piece };
                piece = string.Empty;
            }

            piece = piece.Length == 0 ? word : $"{piece} {word}";
        }

        if (piece.Length > 0)
        {
            yield return line with { Text = piece };
        }
    }

    private static int Length(IEnumerable<SplitLine> lines) => lines.Sum(l => l.Text.Length + 1);

    [GeneratedRegex(@"^Điều\s+(\d+[a-zđ]?)\s*[.:]", RegexOptions.CultureInvariant)]
    internal static partial Regex Article();

    [GeneratedRegex(@"(?<=[.;!?])\s+")]
    private static partial Regex Sentence();
}
