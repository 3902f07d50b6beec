using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Portal;

/// <summary>Feeds of approved entries for the ministry's portal to pull (JSON Feed 1.1 and Atom) and the sitemap.</summary>
public static class PortalFeeds
{
    private const string FeedTitle = "Hỏi đáp quản lý nhà nước ngành Công Thương";

    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/hoi-dap/feed.json", JsonFeedAsync);
        app.MapGet("/hoi-dap/feed.atom", AtomFeedAsync);
        app.MapGet("/sitemap.xml", SitemapAsync);
        return app;
    }

    private static async Task<IResult> JsonFeedAsync(PortalCatalog portal, MinistryCatalog catalog, ExtractiveAnswerComposer composer, IOptions<AnsweringOptions> options, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        var entries = Newest(await portal.ApprovedAsync(cancellationToken));
        var feed = new JsonFeed(
            "https://jsonfeed.org/version/1.1",
            FeedTitle,
            new Uri(baseUrl, "hoi-dap").ToString(),
            new Uri(baseUrl, "hoi-dap/feed.json").ToString(),
            "vi",
            entries.Select(e => new JsonFeedItem(
                e.Id,
                composer.EntryUrl(e.Id),
                e.Question ?? e.Title,
                e.Body,
                e.UpdatedAt,
                [catalog.FindField(e.Field)?.Name ?? e.Field],
                e.References.Select(r => new JsonFeedReference(r.DisplayTitle, r.DocumentNumber, r.Locator, r.Url)).ToList())).ToList());
        return TypedResults.Json(feed, contentType: "application/feed+json; charset=utf-8");
    }

    private static async Task<IResult> AtomFeedAsync(PortalCatalog portal, MinistryCatalog catalog, ExtractiveAnswerComposer composer, IOptions<AnsweringOptions> options, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        var entries = Newest(await portal.ApprovedAsync(cancellationToken));
        var items = entries.Select(e =>
        {
            var url = composer.EntryUrl(e.Id);
            var item = new SyndicationItem(e.Question ?? e.Title, e.Body, new Uri(url), url, e.UpdatedAt);
            item.Categories.Add(new SyndicationCategory(catalog.FindField(e.Field)?.Name ?? e.Field));
            return item;
        }).ToList();
        var feed = new SyndicationFeed(FeedTitle, "Ngân hàng hỏi đáp đã được biên tập, duyệt", new Uri(baseUrl, "hoi-dap"), new Uri(baseUrl, "hoi-dap/feed.atom").ToString(),
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.UpdatedAt), items)
        {
            Language = "vi",
        };
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl, "hoi-dap/feed.atom"), "self", null, "application/atom+xml", 0));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return TypedResults.Bytes(stream.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(PortalCatalog portal, ExtractiveAnswerComposer composer, IOptions<AnsweringOptions> options, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        var entries = Newest(await portal.ApprovedAsync(cancellationToken));
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        using var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync(null, "urlset", ns);
            await WriteUrlAsync(writer, ns, new Uri(baseUrl, "hoi-dap").ToString(), entries.Count == 0 ? null : entries.Max(e => e.UpdatedAt));
            foreach (var entry in entries)
            {
                await WriteUrlAsync(writer, ns, composer.EntryUrl(entry.Id), entry.UpdatedAt);
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        return TypedResults.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
    }

    private static async Task WriteUrlAsync(XmlWriter writer, string ns, string location, DateTimeOffset? modified)
    {
        await writer.WriteStartElementAsync(null, "url", ns);
        await writer.WriteElementStringAsync(null, "loc", ns, location);
        if (modified is { } at)
        {
            await writer.WriteElementStringAsync(null, "lastmod", ns, at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        await writer.WriteEndElementAsync();
    }

    private static List<KnowledgeEntry> Newest(IReadOnlyList<KnowledgeEntry> entries) =>
        entries.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
