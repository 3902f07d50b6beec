using System.Diagnostics;
using MoitBot.Bot.Tests.Channels.Teams;

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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        foreach (var arg in new[] { "msbuild", project, "-getProperty:RunWorkingDirectory", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(Path.TrimEndingDirectorySeparator(_directory), Path.TrimEndingDirectorySeparator((await stdout).Trim()));
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
