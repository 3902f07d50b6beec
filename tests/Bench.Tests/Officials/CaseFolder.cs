namespace MoitBot.Bench.Tests.Officials;

/// <summary>A temporary folder of evaluation files owned by one test.</summary>
internal sealed class CaseFolder : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "moitbot-cases", Guid.NewGuid().ToString("N"))).FullName;

    public string Write(string name, params string[] lines)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
