using System.Security.Cryptography;
using System.Text;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Bank;

/// <summary>One entry of the knowledge bank: a Q&amp;A pair, a guidance passage or a handbook item.</summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }
    public required EntryKind Kind { get; init; }
    public required string Field { get; init; }
    public required string Title { get; init; }
    public string? Question { get; init; }
    public required string Body { get; init; }
    public EntryStatus Status { get; init; } = EntryStatus.Draft;
    public int Version { get; init; } = 1;
    public Provenance Provenance { get; init; } = Provenance.Editor;
    public IReadOnlyList<LegalReference> References { get; init; } = [];
    public Responsibilities? Responsibilities { get; init; }

    /// <summary>The ingested source this entry came from (file path or URL), if any.</summary>
    public string? SourceId { get; init; }

    /// <summary>Where in the source: "Điều 11, Khoản 2", "trang 3", "Sheet1!12".</summary>
    public string? Locator { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Text that is searched: the question (or title) weighted above the body.</summary>
    public string SearchTitle => string.IsNullOrWhiteSpace(Question) || Question.Contains(Title, StringComparison.OrdinalIgnoreCase) ? (Question ?? Title) : $"{Title}\n{Question}";

    public string SearchBody
    {
        get
        {
            if (Responsibilities is not { } r)
            {
                return Body;
            }

            return string.Join('\n', Body, r.Commune, r.Province, r.Ministry);
        }
    }

    /// <summary>The keys (full and short) of every document the entry cites: what the store and the index find it by.</summary>
    public IReadOnlyList<string> DocumentKeys() => References
        .SelectMany(r => DocumentNumber.FindAll(r.DocumentNumber))
        .SelectMany(n => new[] { n.Key, n.ShortKey })
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Hash of everything that affects search and answers; unchanged hash = nothing to re-embed.</summary>
    public string ContentHash
    {
        get
        {
            var material = string.Join('\u001f', Kind, Field, Title, Question, Body, Status,
                string.Join('\u001e', References.Select(r => $"{r.DocumentNumber}|{r.Article}|{r.Clause}|{r.Point}|{r.Url}|{r.Title}")),
                Responsibilities?.Commune, Responsibilities?.Province, Responsibilities?.Ministry);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
        }
    }
}
