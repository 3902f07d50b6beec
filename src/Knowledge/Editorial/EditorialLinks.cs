namespace MoitBot.Knowledge.Editorial;

/// <summary>Stable addresses of the web UI, for channels that link into it (the Teams card's "Open in the web UI").</summary>
public static class EditorialLinks
{
    public static string EditorPath(string entryId) => $"/bien-tap/muc/{Uri.EscapeDataString(entryId)}";

    public static Uri EditorUrl(Uri baseUrl, string entryId) => new(baseUrl, EditorPath(entryId).TrimStart('/'));

    public static string PortalPath(string entryId) => $"/hoi-dap/{Uri.EscapeDataString(entryId)}";
}
