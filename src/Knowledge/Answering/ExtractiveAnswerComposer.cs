using System.Text;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Knowledge.Answering;

/// <summary>
/// Builds an answer from the bank's own words: a Q&amp;A entry answers with its answer, a
/// guidance passage with its most relevant sentences quoted, a handbook item with who does what.
/// </summary>
public sealed class ExtractiveAnswerComposer(IOptions<AnsweringOptions> options, LegalValidity? validity = null)
{
    public string Compose(string question, KnowledgeEntry entry) => entry.Kind switch
    {
        EntryKind.QuestionAnswer => entry.Body,
        EntryKind.Handbook => ComposeHandbook(entry),
        _ => ComposeGuidance(question, entry),
    };

    public IReadOnlyList<Citation> CitationsFor(KnowledgeEntry entry)
    {
        var entryUrl = EntryUrl(entry.Id);
        if (entry.References.Count == 0)
        {
            return [new Citation(entry.Title, null, entry.Locator, entryUrl, entry.Id)];
        }

        return entry.References
            .Select(r => new Citation(
                Annotate(string.IsNullOrWhiteSpace(r.DisplayTitle) ? entry.Title : r.DisplayTitle, r.DocumentNumber),
                r.DocumentNumber,
                r.Locator,
                string.IsNullOrWhiteSpace(r.Url) ? entryUrl : r.Url,
                entry.Id))
            .ToList();
    }

    // A replaced or repealed document is still cited (the entry rests on it) but never presented as in force.
    private string Annotate(string title, string? documentNumber) => validity?.Annotate(title, documentNumber) ?? title;

    public string EntryUrl(string entryId) => new Uri(options.Value.PublicBaseUrl, $"hoi-dap/{Uri.EscapeDataString(entryId)}").ToString();

    private string ComposeGuidance(string question, KnowledgeEntry entry)
    {
        var sentences = SentenceSelector.Select(entry.Body, question, options.Value.QuotedSentences);
        var builder = new StringBuilder();
        builder.Append("Theo hướng dẫn \"").Append(entry.Title).Append("\":");
        foreach (var sentence in sentences)
        {
            builder.Append("\n“").Append(sentence).Append('”');
        }

        return builder.ToString();
    }

    private static string ComposeHandbook(KnowledgeEntry entry)
    {
        var builder = new StringBuilder(entry.Body);
        if (entry.Responsibilities is { } r)
        {
            Append(builder, "UBND cấp xã", r.Commune);
            Append(builder, "Sở Công Thương / UBND cấp tỉnh", r.Province);
            Append(builder, "Bộ Công Thương", r.Ministry);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string level, string? duty)
    {
        if (!string.IsNullOrWhiteSpace(duty))
        {
            builder.Append("\n• ").Append(level).Append(": ").Append(duty);
        }
    }
}
