using System.Text;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>
/// Writes the numbered sources for the model, each inside &lt;nguon id="n"&gt;...&lt;/nguon&gt;, and
/// fits them to the token budget: the lowest-ranked sources are dropped first, then the last one
/// kept is truncated. Angle brackets inside any content are replaced, so neither a document nor
/// a question can close a delimiter or open a new one.
/// </summary>
public static class SourcePrompt
{
    /// <summary>Below this, a truncated source says too little to be worth sending.</summary>
    private const int MinTruncatedBodyTokens = 80;
    private const string Ellipsis = " […]";

    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace('<', '‹').Replace('>', '›');

    public static (string Text, IReadOnlyList<KnowledgeEntry> Sent) Build(IReadOnlyList<KnowledgeEntry> ranked, int budgetTokens)
    {
        var blocks = new List<string>();
        var sent = new List<KnowledgeEntry>();
        var used = 0;
        foreach (var entry in ranked)
        {
            var number = blocks.Count + 1;
            var block = Block(number, entry, entry.Body);
            var tokens = ContextBudget.Count(block);
            if (used + tokens <= budgetTokens)
            {
                blocks.Add(block);
                sent.Add(entry);
                used += tokens;
                continue;
            }

            var frame = ContextBudget.Count(Block(number, entry, Ellipsis));
            var room = budgetTokens - used - frame;
            if (room >= MinTruncatedBodyTokens || blocks.Count == 0)
            {
                blocks.Add(Block(number, entry, ContextBudget.Truncate(entry.Body, room) + Ellipsis));
                sent.Add(entry);
            }

            break;
        }

        return (string.Join("\n\n", blocks), sent);
    }

    public static string Block(int number, KnowledgeEntry entry, string body)
    {
        var builder = new StringBuilder();
        builder.Append("<nguon id=\"").Append(number).Append("\">\n");
        builder.Append("Tiêu đề: ").Append(Neutralise(entry.Title)).Append('\n');
        builder.Append("Loại: ").Append(entry.Kind switch
        {
            EntryKind.QuestionAnswer => "Hỏi đáp đã được duyệt",
            EntryKind.Handbook => "Sổ tay phân định trách nhiệm",
            _ => "Hướng dẫn nghiệp vụ",
        }).Append('\n');
        if (!string.IsNullOrWhiteSpace(entry.Question) && entry.Question != entry.Title)
        {
            builder.Append("Câu hỏi: ").Append(Neutralise(entry.Question)).Append('\n');
        }

        builder.Append("Nội dung: ").Append(Neutralise(body)).Append('\n');
        if (entry.Responsibilities is { } r)
        {
            AppendDuty(builder, "Trách nhiệm của UBND cấp xã", r.Commune);
            AppendDuty(builder, "Trách nhiệm của Sở Công Thương / UBND cấp tỉnh", r.Province);
            AppendDuty(builder, "Trách nhiệm của Bộ Công Thương", r.Ministry);
        }

        var references = entry.References.Select(Reference).Where(s => s.Length > 0).ToList();
        if (references.Count > 0)
        {
            builder.Append("Căn cứ pháp lý: ").Append(string.Join("; ", references)).Append('\n');
        }

        return builder.Append("</nguon>").ToString();
    }

    private static void AppendDuty(StringBuilder builder, string label, string? duty)
    {
        if (!string.IsNullOrWhiteSpace(duty))
        {
            builder.Append(label).Append(": ").Append(Neutralise(duty)).Append('\n');
        }
    }

    private static string Reference(LegalReference r)
    {
        var parts = new[] { r.DocumentType, r.DocumentNumber, string.IsNullOrWhiteSpace(r.Title) ? null : $"({r.Title})" }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var head = string.Join(' ', parts);
        return Neutralise(r.Locator is null ? head : $"{head}, {r.Locator}");
    }
}
