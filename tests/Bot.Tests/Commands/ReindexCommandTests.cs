using MoitBot.Tests.Support;

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

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment)
    {
        Directory.CreateDirectory(_directory);
        return DotnetProcess.RunAppAsync("MoitBot.Bot.dll", _directory, Path.Combine(_directory, "reindex.db"), ["reindex"], environment);
    }
}
