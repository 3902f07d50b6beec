using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Accounts;

public static class AccountServiceExtensions
{
    /// <summary>Local accounts (schema and store); what the `user` command needs.</summary>
    public static IServiceCollection AddLocalAccounts(this IServiceCollection services)
    {
        services.AddSingleton<ISchemaModule, AccountsSchema>();
        services.AddSingleton<LocalUserStore>();
        return services;
    }

    /// <summary>
    /// Cookie sessions (sliding, <see cref="AuthOptions.SessionLifetime"/>), local accounts, and
    /// OpenID Connect when Auth:OpenIdConnect:Authority and ClientId are set; roles Editor and Operator.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalAccounts();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        }).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((o, auth) =>
            {
                o.LoginPath = "/dang-nhap";
                o.LogoutPath = "/dang-xuat";
                o.AccessDeniedPath = "/khong-co-quyen";
                o.ExpireTimeSpan = auth.Value.SessionLifetime;
                o.SlidingExpiration = true;
                o.Cookie.Name = "moitbot.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });

        if (settings.OpenIdConnectEnabled)
        {
            var oidc = settings.OpenIdConnect;
            authentication.AddOpenIdConnect(o =>
            {
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
                o.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Editor, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Editor))
            .AddPolicy(StaffRoles.Operator, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Operator));
        return services;
    }
}
