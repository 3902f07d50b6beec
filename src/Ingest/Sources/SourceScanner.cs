namespace MoitBot.Ingest.Sources;

/// <summary>Expands the command line's files and folders (recursively) into sources, in a stable order.</summary>
public sealed class SourceScanner(IReadOnlySet<string> supportedExtensions)
{
    public ScanResult Scan(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        var roots = new List<string>();
        var missing = new List<string>();
        var ignored = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files.Add(new SourceFile(full, null));
            }
            else if (Directory.Exists(full))
            {
                var root = Path.TrimEndingDirectorySeparator(full);
                roots.Add(root);
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
                {
                    if (file.EndsWith(SourceSidecar.Suffix, StringComparison.OrdinalIgnoreCase) || Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (supportedExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                    {
                        files.Add(new SourceFile(file, root));
                    }
                    else
                    {
                        ignored.Add(file);
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return new ScanResult(files.DistinctBy(f => f.SourceId).ToList(), roots, missing, ignored);
    }
}
