using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Scale;

/// <summary>Reads the demo bank (src/Bot/Demo/demo-bank.json) by path; the bench does not reference the Bot.</summary>
internal static class DemoBankFile
{
    public const string RelativePath = "src/Bot/Demo/demo-bank.json";

    /// <summary>The given path, or the demo bank found by walking up from the working directory.</summary>
    public static string Locate(string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            return File.Exists(path) ? path : throw new FileNotFoundException($"Demo bank not found: {path}", path);
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find {RelativePath} above {Environment.CurrentDirectory}; pass --bank.");
    }

    /// <summary>The demo entries, all as Q&amp;A seeds for the generator.</summary>
    public static IReadOnlyList<KnowledgeEntry> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return DemoBankReader.Read(stream).Select(e => e with { Kind = EntryKind.QuestionAnswer, Responsibilities = null, SourceId = null }).ToList();
    }
}
