using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Officials;

/// <summary>
/// Turns each case's label into the entry ids that count as right: expectedEntryId as it is
/// (it must exist), expectedSource + expectedLocator as every approved ingested entry whose
/// SourceId ends with the path and whose Locator starts with the locator.
/// </summary>
internal static class LabelResolver
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Resolve(IReadOnlyList<OfficialsCase> cases, IReadOnlyList<KnowledgeEntry> entries)
    {
        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var resolved = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            resolved[c.Id] = c switch
            {
                { NotInBank: true } => new HashSet<string>(StringComparer.Ordinal),
                { ExpectedEntryId: { } id } => ids.Contains(id)
                    ? new HashSet<string>([id], StringComparer.Ordinal)
                    : throw CaseFileException.At(c.File, c.Line, $"case '{c.Id}': expectedEntryId '{id}' is not in the bank."),
                _ => BySource(c, entries),
            };
        }

        return resolved;
    }

    private static HashSet<string> BySource(OfficialsCase c, IReadOnlyList<KnowledgeEntry> entries)
    {
        var source = "/" + c.ExpectedSource!.TrimStart('/');
        var fromFile = entries.Where(e => e.SourceId is { } s && s.Replace('\\', '/').EndsWith(source, StringComparison.Ordinal)).ToList();
        if (fromFile.Count == 0)
        {
            throw CaseFileException.At(c.File, c.Line, $"case '{c.Id}': no approved entry was ingested from '{c.ExpectedSource}'.");
        }

        var matching = fromFile.Where(e => e.Locator is { } l && l.StartsWith(c.ExpectedLocator!, StringComparison.Ordinal)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return matching.Count > 0
            ? matching
            : throw CaseFileException.At(c.File, c.Line,
                $"case '{c.Id}': no entry of '{c.ExpectedSource}' has a locator starting with '{c.ExpectedLocator}' (it has: {string.Join("; ", fromFile.Select(e => e.Locator).Distinct())}).");
    }
}
