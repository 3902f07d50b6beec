namespace MoitBot.Bot.Tests.Channels.Teams;

/// <summary>Finds node and tests/teams-emulator (installed by tests/setup/30-teams-playground.sh) for card and end-to-end tests.</summary>
public static class TeamsEmulatorTools
{
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MoitBot.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("MoitBot.sln not found above the test binaries.");
        }
    }

    public static string EmulatorDirectory => Path.Combine(RepositoryRoot, "tests", "teams-emulator");

    public static string PlaygroundCli => Path.Combine(EmulatorDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static string? Node =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the emulator tools cannot run here, or null when they can.</summary>
    public static string? Missing(string requiredFile) =>
        Node is null ? "node is not on PATH" :
        !File.Exists(requiredFile) ? $"{requiredFile} is missing: run tests/setup/30-teams-playground.sh (npm ci in tests/teams-emulator)" : null;

    /// <summary>An end-to-end prerequisite is missing: fail under MOITBOT_E2E=required, otherwise skip with the reason.</summary>
    public static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("MOITBOT_E2E"), "required", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"Teams emulator unavailable and MOITBOT_E2E=required: {reason}");
        }

        Assert.Skip($"Teams emulator unavailable: {reason}");
    }
}
