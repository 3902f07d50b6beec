using System.Diagnostics;

namespace MoitBot.Bot.Tests.Commands;

/// <summary>Runs the real executable's reindex command on its own database file.</summary>
public sealed class ReindexCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "moitbot-reindex-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Reindex_EmbeddedIndex_ExplainsAndExitCode2()
    {
        var (exitCode, _, stderr) = await RunAsync(new Dictionary<string, string>());
        Assert.Equal(2, exitCode);
        Assert.Contains("Knowledge:Index=Qdrant", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_QdrantUnreachable_ClearErrorAndExitCode1()
    {
        var settings = ClosedPort.UnreachableQdrantSettings().ToDictionary(x => x.Key.Replace(":", "__", StringComparison.Ordinal), x => x.Value);
        var (exitCode, _, stderr) = await RunAsync(settings);
        Assert.Equal(1, exitCode);
        Assert.Contains("reindex failed: Qdrant is unreachable", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort cleanup of a temp folder.
        }
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment)
    {
        Directory.CreateDirectory(_directory);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MoitBot.Bot.dll"));
        start.ArgumentList.Add("reindex");
        start.Environment["ConnectionStrings__MoitBot"] = $"Data Source={Path.Combine(_directory, "reindex.db")}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
