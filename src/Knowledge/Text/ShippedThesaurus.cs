using System.Text.Json;

namespace MoitBot.Knowledge.Text;

/// <summary>The thesaurus shipped with the build (Text/thesaurus.json), versioned so a later format can be told apart.</summary>
public static class ShippedThesaurus
{
    public const int SupportedVersion = 1;

    /// <summary>Key prefix of shipped sets, so they never collide with editor-added ones.</summary>
    public const string KeyPrefix = "s:";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<SynonymSet>> Default = new(() =>
    {
        using var stream = typeof(ShippedThesaurus).Assembly.GetManifestResourceStream("MoitBot.Knowledge.thesaurus.json")
            ?? throw new InvalidOperationException("The thesaurus resource is missing from the build.");
        return Parse(stream);
    });

    public static IReadOnlyList<SynonymSet> Sets => Default.Value;

    public static IReadOnlyList<SynonymSet> Parse(Stream json)
    {
        var document = JsonSerializer.Deserialize<ThesaurusDocument>(json, JsonOptions)
            ?? throw new InvalidOperationException("The thesaurus is empty.");
        if (document.Version != SupportedVersion)
        {
            throw new InvalidOperationException($"Thesaurus version {document.Version} is not supported; expected {SupportedVersion}.");
        }

        return document.Sets.Select(s => new SynonymSet(KeyPrefix + s.Id, s.Members.Select(VietnameseText.Normalize).ToList(), Shipped: true)).ToList();
    }

    private sealed record ThesaurusDocument(int Version, List<SetDocument> Sets);

    private sealed record SetDocument(string Id, List<string> Members);
}
