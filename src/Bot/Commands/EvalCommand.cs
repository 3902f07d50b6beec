using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Demo;
using MoitBot.Bot.Evaluation;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Commands;

/// <summary>
/// `eval &lt;golden.jsonl&gt; [--json]`: runs a golden set through the full answering pipeline
/// (with the configured model, if any) and prints answer rate, citation precision, share of
/// verified model answers and abstention accuracy. Separate from the tests: it needs a real model
/// to say anything about one.
/// </summary>
public static class EvalCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(KnowledgeJson.Options) { WriteIndented = true };

    public static Command Create()
    {
        var file = new Argument<string>("golden") { Description = "Tệp JSONL: mỗi dòng {question, expectedEntryId | expectedDocument | expectAbstain}" };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON" };
        var command = new Command("eval", "Chạy bộ câu hỏi mẫu qua toàn bộ quy trình trả lời và in các chỉ số") { file, json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file)!, result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, bool asJson, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        IReadOnlyList<GoldenCase> cases;
        try
        {
            cases = await GoldenSet.LoadAsync(Path.GetFullPath(path), cancellationToken);
        }
        catch (GoldenSetException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        using var host = await CommandHost.StartKnowledgeAsync(cancellationToken);

        var service = host.Services.GetRequiredService<AnswerService>();
        var runs = new List<(GoldenCase, Answer, CaseResult)>();
        foreach (var golden in cases)
        {
            var answer = await service.AskAsync(golden.Question, cancellationToken);
            runs.Add((golden, answer, EvaluationReport.Score(golden, answer)));
        }

        var report = EvaluationReport.From(runs);
        var model = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value;
        Console.WriteLine(asJson ? JsonSerializer.Serialize(report, JsonOptions) : PlainText(report, model));
        return 0;
    }

    private static string PlainText(EvaluationReport report, LlmOptions model)
    {
        static string Percent(double? value) => value is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "–";
        var builder = new StringBuilder();
        builder.AppendLine(model.IsConfigured ? $"Mô hình: {model.Model} tại {model.Endpoint}" : "Mô hình: chưa cấu hình (câu trả lời trích xuất)");
        foreach (var c in report.Cases)
        {
            builder.Append(c.AbstentionCorrect ? "  ✓ " : "  ✗ ").Append(c.Question).Append(" → ").Append(c.Outcome);
            if (c.Generation is not null)
            {
                builder.Append(" (").Append(c.Generation).Append(')');
            }

            builder.Append(c.CitedEntries.Count > 0 ? $" [{string.Join(", ", c.CitedEntries)}]" : string.Empty).AppendLine();
        }

        builder.AppendLine()
            .Append("Số câu hỏi: ").Append(report.Questions).AppendLine()
            .Append("Tỷ lệ trả lời: ").AppendLine(Percent(report.AnswerRate))
            .Append("Độ chính xác trích dẫn: ").AppendLine(Percent(report.CitationPrecision))
            .Append("Tỷ lệ câu trả lời của mô hình qua kiểm chứng: ").AppendLine(Percent(report.VerifiedShare))
            .Append("Độ đúng khi từ chối/chuyển câu hỏi: ").AppendLine(Percent(report.AbstentionAccuracy))
            .Append("Từ chối đúng khi cần: ").AppendLine(Percent(report.AbstainedWhenExpected));
        if (report.Generation.Count > 0)
        {
            builder.Append("Kết quả mô hình: ").AppendLine(string.Join(", ", report.Generation.Select(g => $"{g.Key} {g.Value}")));
        }

        return builder.ToString().TrimEnd();
    }
}
