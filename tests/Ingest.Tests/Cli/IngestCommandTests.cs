using System.Text.Json;
using MoitBot.Ingest.Bench;
using MoitBot.Tests.Support;

namespace MoitBot.Ingest.Tests.Cli;

/// <summary>The real executable in its own process, configured like the bot through ConnectionStrings__MoitBot.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "moitbot-ingest-cli", Guid.NewGuid().ToString("N"));

    public IngestCommandTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task Main_SampleFolderTwice_JsonReportsAddedThenUnchangedWithExitCodeZero()
    {
        var folder = Path.Combine(_root, "mau");
        SampleCorpus.Write(folder);

        var (first, firstOut, _) = await RunAsync(folder, "--json");
        var (second, secondOut, _) = await RunAsync(folder, "--json");

        Assert.Equal(0, first);
        using var firstJson = JsonDocument.Parse(firstOut);
        Assert.Equal(4, firstJson.RootElement.GetProperty("totals").GetProperty("added").GetInt32());
        var decree = firstJson.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("path").GetString()!.EndsWith(SampleCorpus.DecreeFile, StringComparison.Ordinal));
        Assert.Equal("45/2026/NĐ-CP", decree.GetProperty("documentNumber").GetString());
        Assert.Contains(decree.GetProperty("chunks").EnumerateArray(), c => c.GetProperty("locator").GetString() == "Điều 5, Khoản 2" && c.GetProperty("field").GetString() == "xang-dau");
        Assert.Equal(0, second);
        using var secondJson = JsonDocument.Parse(secondOut);
        Assert.Equal(4, secondJson.RootElement.GetProperty("totals").GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Main_SomeFilesFail_ExitCodeTwoAndHumanReportNamesTheFailure()
    {
        var folder = Path.Combine(_root, "mau");
        SampleCorpus.Write(folder);
        File.WriteAllBytes(Path.Combine(folder, "rong.pdf"), []);

        var (exit, output, _) = await RunAsync(folder);

        Assert.Equal(2, exit);
        Assert.Contains("Báo cáo nạp dữ liệu", output, StringComparison.Ordinal);
        Assert.Contains("rong.pdf: empty file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_NothingToIngest_ExitCodeOne()
    {
        var (missing, _, missingError) = await RunAsync(Path.Combine(_root, "khong-ton-tai"));
        var (badField, _, fieldError) = await RunAsync(_root, "--field", "khong-co");

        Assert.Equal(1, missing);
        Assert.Contains("not found", missingError, StringComparison.Ordinal);
        Assert.Equal(1, badField);
        Assert.Contains("unknown --field", fieldError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_ReindexOnEmbeddedIndex_ExplainsQdrantIsNeededWithExitCodeTwo()
    {
        var (exit, _, error) = await RunAsync("--reindex");

        Assert.Equal(2, exit);
        Assert.Contains("Knowledge:Index=Qdrant", error, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        DotnetProcess.RunAppAsync("MoitBot.Ingest.dll", _root, Path.Combine(_root, "bank.db"), args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on a temp folder is not worth failing a test for.
        }
    }
}
