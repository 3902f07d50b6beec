using System.Text.RegularExpressions;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Splitting;

/// <summary>Reads blocks into article and clause units, tracking Chương and Mục and marking the lines of each Điểm.</summary>
internal sealed partial class LegalUnitReader(int maxLeadInChars)
{
    private readonly List<SplitUnit> _units = [];
    private string? _chapter;
    private string? _section;
    private bool _expectTitle;
    private SplitUnit? _intro;
    private readonly List<SplitUnit> _clauses = [];
    private string? _article;
    private string? _heading;
    private string? _point;

    public List<SplitUnit> Read(IReadOnlyList<ParsedBlock> blocks)
    {
        var preamble = new SplitUnit(new LegalLocator { IsPreamble = true }, null);
        _units.Add(preamble);
        foreach (var block in blocks)
        {
            var text = block.Text;
            if (!block.IsTableRow && Chapter().Match(text) is { Success: true } chapter)
            {
                FlushArticle();
                _chapter = $"Chương {chapter.Groups[1].Value}";
                _section = null;
                _expectTitle = text.Length <= chapter.Length + 2;
                continue;
            }

            if (!block.IsTableRow && Section().Match(text) is { Success: true } section)
            {
                FlushArticle();
                _section = $"Mục {section.Groups[1].Value}";
                _expectTitle = text.Length <= section.Length + 2;
                continue;
            }

            if (_expectTitle && _article is null && !LegalStructureSplitter.Article().IsMatch(text))
            {
                _expectTitle = false;
                continue;
            }

            _expectTitle = false;
            if (!block.IsTableRow && LegalStructureSplitter.Article().Match(text) is { Success: true } article)
            {
                FlushArticle();
                _article = $"Điều {article.Groups[1].Value}";
                _heading = text.Length > 160 ? text[..160] : text;
                _intro = new SplitUnit(Locator(null), _heading);
                _point = null;
                continue;
            }

            if (_article is null)
            {
                preamble.Lines.Add(new SplitLine(text, block.Page, null));
                continue;
            }

            if (!block.IsTableRow && Clause().Match(text) is { Success: true } clause)
            {
                _clauses.Add(new SplitUnit(Locator($"Khoản {clause.Groups[1].Value}"), _heading));
                _point = null;
            }
            else if (!block.IsTableRow && Point().Match(text) is { Success: true } point)
            {
                _point = $"Điểm {point.Groups[1].Value}";
            }

            var target = _clauses.Count > 0 ? _clauses[^1] : _intro!;
            target.Lines.Add(new SplitLine(text, block.Page, _point));
        }

        FlushArticle();
        return _units;
    }

    private LegalLocator Locator(string? clause) => new() { Chapter = _chapter, Section = _section, Article = _article, Clause = clause };

    private void FlushArticle()
    {
        if (_article is null || _intro is null)
        {
            return;
        }

        var leadIn = string.Join('\n', _intro.Lines.Select(l => l.Text));
        var shortLeadIn = leadIn.Length <= maxLeadInChars;
        if (_clauses.Count == 0 || !shortLeadIn)
        {
            _intro.LeadIn = _heading;
            _units.Add(_intro);
        }

        foreach (var clause in _clauses)
        {
            clause.LeadIn = shortLeadIn && leadIn.Length > 0 ? $"{_heading}\n{leadIn}" : _heading;
        }

        _units.AddRange(_clauses);
        _clauses.Clear();
        _article = null;
        _intro = null;
    }

    [GeneratedRegex(@"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?:MỤC|Mục)\s+(\d+|[IVX]+)\b(?!\s*\w+\s+(?:này|của))", RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(\d{1,2})\.\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    [GeneratedRegex(@"^([a-zđ])\)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Point();
}
