using System.Text.Json;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>The provinces an official registers under: Telegram:Provinces, else the shipped list of 34.</summary>
public sealed class ProvinceList(IOptions<TelegramOptions> options)
{
    private readonly Lazy<IReadOnlyList<string>> _all = new(() => options.Value.Provinces.Count > 0 ? options.Value.Provinces : LoadDefault());

    public IReadOnlyList<string> All => _all.Value;

    /// <summary>Finds a province by name, diacritics and the "Thành phố"/"Tỉnh" prefix optional.</summary>
    public string? Find(string? name)
    {
        var key = Key(name);
        return key.Length == 0 ? null : All.FirstOrDefault(p => Key(p) == key);
    }

    public static IReadOnlyList<string> LoadDefault()
    {
        using var stream = typeof(ProvinceList).Assembly.GetManifestResourceStream("MoitBot.Bot.provinces.json")
            ?? throw new InvalidOperationException("The province list resource is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("provinces").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static string Key(string? name)
    {
        var folded = VietnameseText.Fold(name).Trim();
        foreach (var prefix in new[] { "thanh pho ", "tp. ", "tp ", "tinh " })
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..].Trim();
            }
        }

        return folded;
    }
}
