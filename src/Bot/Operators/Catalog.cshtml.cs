using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Operators;

/// <summary>Fields and the departments that own them (read-only: the catalog ships with the build; Teams channels are configured in settings).</summary>
public sealed class CatalogModel(MinistryCatalog catalog, IConfiguration configuration) : PageModel
{
    public MinistryCatalog Catalog => catalog;

    /// <summary>The Teams channel configured for a department, if the Teams channel keeps one under Teams:Channels:{code}.</summary>
    public string? ChannelOf(string departmentCode) => configuration[$"Teams:Channels:{departmentCode}"];

    public void OnGet()
    {
    }
}
