using System.Text.Json;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Evaluation;

/// <summary>Reads a JSONL golden set; a bad line is reported with its number, never skipped silently.</summary>
public static class GoldenSet
{
    public static async Task<IReadOnlyList<GoldenCase>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new GoldenSetException($"Không tìm thấy tệp bộ câu hỏi mẫu: {path}");
        }

        var cases = new List<GoldenCase>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            GoldenCase? item;
            try
            {
                item = JsonSerializer.Deserialize<GoldenCase>(line, KnowledgeJson.Options);
            }
            catch (JsonException ex)
            {
                throw new GoldenSetException($"Dòng {number} của {path} không phải JSON hợp lệ: {ex.Message}");
            }

            if (item is null || string.IsNullOrWhiteSpace(item.Question))
            {
                throw new GoldenSetException($"Dòng {number} của {path} thiếu \"question\".");
            }

            if (!item.ExpectAbstain && !item.HasExpectedSource)
            {
                throw new GoldenSetException($"Dòng {number} của {path} cần \"expectedEntryId\", \"expectedDocument\" hoặc \"expectAbstain\": true.");
            }

            cases.Add(item);
        }

        return cases.Count > 0 ? cases : throw new GoldenSetException($"Tệp {path} không có câu hỏi nào.");
    }
}
