namespace MoitBot.Ingest.Splitting;

/// <summary>A passage ready to become a knowledge entry: its text, its locator and the article heading it belongs to.</summary>
public sealed record Chunk(LegalLocator Locator, string Text)
{
    /// <summary>"Điều 25. Hồ sơ đề nghị cấp Giấy phép bán lẻ rượu", or the section heading.</summary>
    public string? Heading { get; init; }
}
