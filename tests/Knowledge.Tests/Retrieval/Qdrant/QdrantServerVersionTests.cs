using System.Reflection;
using System.Text.RegularExpressions;
using Qdrant.Client;

namespace MoitBot.Knowledge.Tests.Retrieval.Qdrant;

/// <summary>
/// Qdrant guarantees an SDK and a server of the same major.minor version; the compose file's
/// pinned image must move with the Qdrant.Client package.
/// </summary>
public sealed partial class QdrantServerVersionTests
{
    [Fact]
    public void DockerCompose_PinnedQdrantImage_SameMinorVersionAsTheClient()
    {
        var compose = File.ReadAllText(Path.Combine(ArchitectureTests.RepositoryRoot(), "docker-compose.yml"));
        var client = typeof(QdrantClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var image = ImageTag().Match(compose);

        Assert.True(image.Success, "docker-compose.yml pins no qdrant/qdrant:vX.Y.Z image");
        Assert.Equal(MajorMinor().Match(client).Value, $"{image.Groups["major"].Value}.{image.Groups["minor"].Value}");
    }

    [GeneratedRegex(@"image:\s*qdrant/qdrant:v(?<major>\d+)\.(?<minor>\d+)\.\d+\s")]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"^\d+\.\d+")]
    private static partial Regex MajorMinor();
}
