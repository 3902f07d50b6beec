using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MoitBot.Bot.Accounts;

[EnableRateLimiting(RateLimitPolicy)]
public sealed partial class SignInModel(LocalUserStore users, IOptions<AuthOptions> options, ILogger<SignInModel> logger) : PageModel
{
    /// <summary>Sign-in attempts are limited per client address to slow password guessing.</summary>
    public const string RateLimitPolicy = "sign-in";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Problem { get; private set; }

    public bool OpenIdConnectEnabled => options.Value.OpenIdConnectEnabled;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.VerifyAsync(Name, Password, cancellationToken);
        if (user is null)
        {
            LogSignInFailed(logger);
            Problem = "Tên đăng nhập hoặc mật khẩu không đúng.";
            Password = null;
            return Page();
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        LogSignedIn(logger, user.Name);
        return LocalRedirect(SafeReturnUrl(user));
    }

    public IActionResult OnPostMicrosoft() => OpenIdConnectEnabled
        ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/bien-tap" }, OpenIdConnectDefaults.AuthenticationScheme)
        : NotFound();

    private string SafeReturnUrl(LocalUser user)
    {
        if (Url.IsLocalUrl(ReturnUrl))
        {
            return ReturnUrl!;
        }

        return user.Roles.Contains(StaffRoles.Editor) ? "/bien-tap" : user.Roles.Contains(StaffRoles.Operator) ? "/van-hanh" : "/hoi-dap";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Local sign-in of {UserName}")]
    private static partial void LogSignedIn(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed local sign-in attempt")]
    private static partial void LogSignInFailed(ILogger logger);
}
