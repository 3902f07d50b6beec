using MoitBot.Bot.Tests.Channels.Teams;
using MoitBot.Tests.Support;

namespace MoitBot.Bot.Tests;

/// <summary>How `dotnet run --project src/Bot` behaves, read from the project file as MSBuild sees it.</summary>
public sealed class BotProjectTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("moitbot-run-").FullName;

    [Fact]
    public async Task RunWorkingDirectory_DotnetRunFromAnotherFolder_StartsInThatFolder()
    {
        // The Web SDK would start in src/Bot, so data/moitbot.db would not be the database src/Ingest
        // fills from the same folder, and `eval tests/golden/demo.jsonl` would not be found.
        var project = Path.Combine(TeamsEmulatorTools.RepositoryRoot, "src", "Bot", "MoitBot.Bot.csproj");
        var (exitCode, stdout, stderr) = await DotnetProcess.RunAsync(_directory, ["msbuild", project, "-getProperty:RunWorkingDirectory", "-nologo"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(Path.TrimEndingDirectorySeparator(_directory), Path.TrimEndingDirectorySeparator(stdout.Trim()));
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
}
