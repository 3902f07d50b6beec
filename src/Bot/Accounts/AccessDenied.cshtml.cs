using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MoitBot.Bot.Accounts;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
