using System.Text.Json;
using System.Text.Json.Serialization;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Sources;

/// <summary>
/// Optional "&lt;file&gt;.meta.json" beside a source: field, document number, status and source
/// URL (and any other header value the document does not state the standard way).
/// </summary>
public sealed record SourceSidecar
{
    public const string Suffix = ".meta.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string? Field { get; init; }
    public string? DocumentNumber { get; init; }
    public string? DocumentType { get; init; }
    public string? Issuer { get; init; }
    public string? Title { get; init; }
    public DateOnly? IssuedOn { get; init; }

    /// <summary>"approved" makes Q&amp;A enter as approved; "draft" keeps document chunks as drafts.</summary>
    public string? Status { get; init; }

    public bool? Official { get; init; }

    [JsonPropertyName("sourceUrl")]
    public Uri? SourceUrl { get; init; }

    public bool IsOfficial => Official == true || string.Equals(Status, "approved", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Status, "official", StringComparison.OrdinalIgnoreCase);

    public bool IsDraft => string.Equals(Status, "draft", StringComparison.OrdinalIgnoreCase);

    public static SourceSidecar Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<SourceSidecar>(json, Options) ?? new SourceSidecar();
        }
        catch (JsonException ex)
        {
            throw new SourceRejectedException($"malformed sidecar {Suffix}: {ex.Message}", ex);
        }
    }
}
