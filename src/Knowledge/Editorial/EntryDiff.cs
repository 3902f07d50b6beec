using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>A line diff of two versions of an entry, over the text an editor reads (title, question, answer, references).</summary>
public static class EntryDiff
{
    public static IReadOnlyList<DiffLine> Compare(KnowledgeEntry? before, KnowledgeEntry after)
    {
        var model = InlineDiffBuilder.Diff(before is null ? string.Empty : ToText(before), ToText(after), ignoreWhiteSpace: false);
        return model.Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(
                l.Type switch
                {
                    ChangeType.Inserted => DiffLineKind.Added,
                    ChangeType.Deleted => DiffLineKind.Removed,
                    _ => DiffLineKind.Unchanged,
                },
                l.Text ?? string.Empty))
            .ToList();
    }

    public static string ToText(KnowledgeEntry entry)
    {
        var lines = new List<string>
        {
            $"Trạng thái: {entry.Status}",
            $"Lĩnh vực: {entry.Field}",
            $"Tiêu đề: {entry.Title}",
            $"Câu hỏi: {entry.Question}",
            "Trả lời:",
        };
        lines.AddRange(entry.Body.Split('\n'));
        lines.AddRange(entry.References.Select(r => $"Căn cứ: {r.DisplayTitle}" + (r.Locator is null ? string.Empty : $", {r.Locator}")));
        return string.Join('\n', lines);
    }
}
