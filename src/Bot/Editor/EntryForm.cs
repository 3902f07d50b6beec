using System.Globalization;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Editor;

/// <summary>The editable fields of a draft as posted by the form.</summary>
public sealed class EntryForm
{
    public const int ReferenceRows = 6;

    public string Field { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string? Question { get; set; }
    public string Body { get; set; } = string.Empty;
    public string? ReviewBy { get; set; }
    public List<ReferenceRow> References { get; set; } = [];

    public static EntryForm From(KnowledgeEntry entry, EditorialRecord record) => new EntryForm
    {
        Field = entry.Field,
        Title = entry.Title,
        Question = entry.Question,
        Body = entry.Body,
        ReviewBy = record.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        References = entry.References.Select(r => new ReferenceRow { DocumentNumber = r.DocumentNumber, Article = r.Article, Clause = r.Clause, Point = r.Point }).ToList(),
    }.Padded();

    public EntryForm Padded()
    {
        while (References.Count < ReferenceRows)
        {
            References.Add(new ReferenceRow());
        }

        return this;
    }

    /// <summary>The edit, with references completed from the known documents (or from the entry's previous references).</summary>
    public EntryEdit ToEdit(string? id, IReadOnlyList<LegalDocument> known, IReadOnlyList<LegalReference> previous)
    {
        var references = References
            .Where(r => !string.IsNullOrWhiteSpace(r.DocumentNumber))
            .Take(20)
            .Select(r =>
            {
                var number = r.DocumentNumber!.Trim();
                var parsed = DocumentNumber.TryParse(number);
                var document = parsed is null ? null : known.FirstOrDefault(d => DocumentNumber.TryParse(d.Number)?.Matches(parsed) == true);
                var earlier = previous.FirstOrDefault(p => DocumentNumber.SameDocument(p.DocumentNumber, number));
                return new LegalReference
                {
                    DocumentNumber = document?.Number ?? number,
                    DocumentType = document?.Type ?? earlier?.DocumentType,
                    Title = document?.Title ?? earlier?.Title,
                    Issuer = document?.Issuer ?? earlier?.Issuer,
                    IssuedOn = earlier?.IssuedOn,
                    Url = document?.Url ?? earlier?.Url,
                    Article = Clean(r.Article),
                    Clause = Clean(r.Clause),
                    Point = Clean(r.Point),
                };
            })
            .ToList();
        return new EntryEdit
        {
            Id = id,
            Field = Field,
            Title = Title,
            Question = Question,
            Body = Body,
            References = references,
            ReviewBy = DateOnly.TryParseExact(ReviewBy, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
