namespace MoitBot.Knowledge.Bank;

/// <summary>A legal basis cited by an entry, down to article, clause and point where known.</summary>
public sealed record LegalReference
{
    public string? DocumentNumber { get; init; }
    public string? DocumentType { get; init; }
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Article { get; init; }
    public string? Clause { get; init; }
    public string? Point { get; init; }
    public string? Url { get; init; }

    /// <summary>"Điều 25, Khoản 1, Điểm a", or null when no part is known.</summary>
    public string? Locator
    {
        get
        {
            var parts = new[] { Article, Clause, Point }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
            return parts.Length == 0 ? null : string.Join(", ", parts);
        }
    }

    /// <summary>"Nghị định 105/2017/NĐ-CP về kinh doanh rượu".</summary>
    public string DisplayTitle
    {
        get
        {
            var head = string.Join(' ', new[] { DocumentType, DocumentNumber }.Where(p => !string.IsNullOrWhiteSpace(p)));
            if (string.IsNullOrWhiteSpace(Title))
            {
                return head;
            }

            return head.Length == 0 || Title.Contains(DocumentNumber ?? "\u0000", StringComparison.Ordinal) ? Title : $"{head} – {Title}";
        }
    }
}
