using System.Text.Json;
using MoitBot.Tests.Support;

namespace MoitBot.Generation.Tests.Commands;

/// <summary>Runs the real executable's eval command on the shipped golden set, with and without a (scripted) model.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private static readonly string[] OffTopic = ["kết hôn", "lương cơ sở", "lúa nước", "quyền sử dụng đất"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "moitbot-eval-tests", Guid.NewGuid().ToString("N"));
    private static string Golden => RepositoryPaths.Combine("tests", "golden", "demo.jsonl");

    [Fact]
    public async Task Eval_ModelCitesTopSourceAndAbstainsOffTopic_PrintsFigures()
    {
        await using var server = await ScriptedModelServer.StartAsync(r => OffTopic.Any(t => r.User.Contains(t, StringComparison.Ordinal))
            ? ScriptedReply.Completion("KHÔNG ĐỦ CĂN CỨ")
            : ScriptedReply.Completion("Nội dung trả lời theo nguồn thứ nhất [1]."));

        var (exitCode, stdout, stderr) = await RunAsync(new()
        {
            ["Llm__Endpoint"] = server.Endpoint.ToString(),
            ["Llm__Model"] = "test-model",
        }, "eval", Golden, "--json");

        Assert.True(exitCode == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(24, root.GetProperty("questions").GetInt32());
        Assert.Equal(0.833, root.GetProperty("answerRate").GetDouble());
        Assert.Equal(1.0, root.GetProperty("citationPrecision").GetDouble());
        Assert.Equal(1.0, root.GetProperty("verifiedShare").GetDouble());
        Assert.Equal(1.0, root.GetProperty("abstentionAccuracy").GetDouble());
        Assert.Equal(20, root.GetProperty("generation").GetProperty("Accepted").GetInt32());
        // Off-topic questions whose best source is too weak never reach the model (Llm:MinConfidence);
        // the rest come back "not enough". Either way all four abstain (abstentionAccuracy above).
        Assert.InRange(root.GetProperty("generation").GetProperty("NotEnough").GetInt32(), 1, 4);
    }

    [Fact]
    public async Task Eval_NoModel_ExtractiveFiguresAndNoVerifiedShare()
    {
        var (exitCode, stdout, stderr) = await RunAsync([], "eval", Golden, "--json");

        Assert.True(exitCode == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("verifiedShare").ValueKind);
        Assert.Empty(root.GetProperty("generation").EnumerateObject());
        Assert.Equal(24, root.GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public async Task Eval_MalformedLine_ClearMessageWithLineNumberAndExitCode2()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"question\": \"Giấy phép bán lẻ rượu?\", \"expectedEntryId\": \"demo-ruou-001\"}", "{ không phải json"], TestContext.Current.CancellationToken);

        var (exitCode, _, stderr) = await RunAsync([], "eval", path);

        Assert.Equal(2, exitCode);
        Assert.Contains("Dòng 2", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort cleanup of a temp folder (or nothing was created).
        }
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        Directory.CreateDirectory(_directory);
        return DotnetProcess.RunAppAsync("MoitBot.Bot.dll", _directory, Path.Combine(_directory, "eval.db"), args, environment);
    }
}
