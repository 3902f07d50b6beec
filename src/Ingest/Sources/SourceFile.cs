using System.Security.Cryptography;
using System.Text;

namespace MoitBot.Ingest.Sources;

/// <summary>A file to ingest, with its stable id (the normalised full path) and the folder it was found under.</summary>
public sealed record SourceFile(string FullPath, string? Root)
{
    /// <summary>Full path with forward slashes: the same file gives the same id from any working directory.</summary>
    public string SourceId => FullPath.Replace('\\', '/');

    public string Extension => Path.GetExtension(FullPath).ToLowerInvariant();

    public string SidecarPath => FullPath + SourceSidecar.Suffix;

    /// <summary>Short hash of the source id, the stem of every entry id from this source.</summary>
    public string IdStem => $"src-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SourceId)))[..12]}";

    public string DisplayPath => Root is null ? FullPath : Path.GetRelativePath(Path.GetDirectoryName(Root.TrimEnd(Path.DirectorySeparatorChar)) ?? Root, FullPath);
}
