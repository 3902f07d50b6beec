using MoitBot.Bench.Scale;

namespace MoitBot.Bench.Officials;

/// <summary>Where the officials' bench finds its inputs, from the repository root.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string DemoBank => Path.Combine(Root, DemoBankFile.RelativePath);

    public string BotSettings => Path.Combine(Root, "src", "Bot", "appsettings.json");

    public string Prompts => Path.Combine(Root, "prompts");

    public string Cases => Path.Combine(Root, "tests", "officials");

    /// <summary>The sample folders ingested into the bank; samples/officials-bank only when present.</summary>
    public IReadOnlyList<string> SampleFolders =>
        new[] { Path.Combine(Root, "samples", "ingest"), Path.Combine(Root, "samples", "officials-bank") }.Where(Directory.Exists).ToList();

    /// <summary>The repository found by walking up from a folder (the one holding MoitBot.sln).</summary>
    public static RepositoryLayout Find(string? start = null)
    {
        for (var folder = new DirectoryInfo(start ?? Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MoitBot.sln")))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        throw new DirectoryNotFoundException($"No MoitBot.sln above {start ?? Environment.CurrentDirectory}; run from the repository.");
    }
}
