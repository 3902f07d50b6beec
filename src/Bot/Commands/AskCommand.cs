using System.CommandLine;
using System.Text;
using System.Text.Json;
using MoitBot.Bot.Chat;
using MoitBot.Bot.Demo;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Commands;

/// <summary>`ask "&lt;question&gt;" [--json]`: answers one question from the bank and exits.</summary>
public static class AskCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(KnowledgeJson.Options) { WriteIndented = true };

    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "Câu hỏi (có thể gõ không dấu)" };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON: {answer, citations, confidence, escalate, department}" };
        var command = new Command("ask", "Hỏi một câu và in câu trả lời kèm căn cứ") { question, json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(question), result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? question, bool asJson, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var host = await CommandHost.StartKnowledgeAsync(cancellationToken);

        var answer = await host.Services.GetRequiredService<AnswerService>().AskAsync(question, cancellationToken);
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(AnswerJson.From(answer), JsonOptions));
        }
        else
        {
            Console.WriteLine(PlainText(answer));
        }

        return answer.Outcome == AnswerOutcome.InvalidQuestion ? 2 : 0;
    }

    private static string PlainText(Answer answer)
    {
        var builder = new StringBuilder(answer.Text).AppendLine();
        if (answer.Citations.Count > 0)
        {
            builder.AppendLine().AppendLine("Căn cứ:");
            var n = 1;
            foreach (var c in answer.Citations)
            {
                builder.Append('[').Append(n++).Append("] ").Append(c.Title);
                if (c.Article is not null)
                {
                    builder.Append(", ").Append(c.Article);
                }

                builder.Append(" – ").AppendLine(c.Url);
            }
        }

        builder.AppendLine().Append("Độ tin cậy: ").Append(answer.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        if (answer.Department is not null)
        {
            builder.Append(" · Đơn vị phụ trách: ").Append(answer.Department.Name);
        }

        return builder.ToString();
    }
}
