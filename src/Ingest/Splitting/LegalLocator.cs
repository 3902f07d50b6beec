using System.Text;
using MoitBot.Knowledge.Text;

namespace MoitBot.Ingest.Splitting;

/// <summary>Where a chunk sits: Chương / Mục / Điều / Khoản / Điểm, the PDF page, the heading, the part of a long unit.</summary>
public sealed record LegalLocator
{
    public string? Chapter { get; init; }
    public string? Section { get; init; }

    /// <summary>"Điều 11".</summary>
    public string? Article { get; init; }

    /// <summary>"Khoản 2".</summary>
    public string? Clause { get; init; }

    /// <summary>"Điểm a".</summary>
    public string? Point { get; init; }

    public int? Page { get; init; }

    /// <summary>Heading text for documents without articles.</summary>
    public string? Heading { get; init; }

    /// <summary>1-based part of a unit split for length; 1 when not split.</summary>
    public int Part { get; init; } = 1;

    public bool IsPreamble { get; init; }

    /// <summary>"Điều 11, Khoản 2, Điểm a", what a citation carries.</summary>
    public string? Legal => Join(Article, Clause, Point);

    /// <summary>What the entry shows: "Điều 11, Khoản 2 (trang 3)", "Mục: Hồ sơ (trang 2)", "Phần mở đầu".</summary>
    public string Display
    {
        get
        {
            var main = Legal ?? (IsPreamble ? "Phần mở đầu" : Heading ?? (Page is null ? "Toàn văn" : null));
            var page = Page is { } p ? $"trang {p}" : null;
            var text = main is null ? page! : page is null ? main : $"{main} ({page})";
            return Part > 1 ? $"{text}, phần {Part}" : text;
        }
    }

    /// <summary>Stable, readable id part: "dieu-11-khoan-2-diem-a", "trang-3", "mo-dau".</summary>
    public string Slug
    {
        get
        {
            var core = Legal ?? (IsPreamble ? "mo-dau" : Page is { } p ? $"trang-{p}" : Heading ?? "toan-van");
            if (Legal is null && !IsPreamble && Heading is not null && Page is { } page)
            {
                core = $"trang-{page}-{Heading}";
            }

            var slug = Slugify(core);
            return Part > 1 ? $"{slug}-p{Part}" : slug;
        }
    }

    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in VietnameseText.Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }
}
