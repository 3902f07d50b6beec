using System.Threading.RateLimiting;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using MoitBot.Bot.Accounts;
using MoitBot.Bot.Portal;

namespace MoitBot.Bot.Editor;

/// <summary>The editor UI (/bien-tap), the public portal (/hoi-dap, feeds, sitemap), operator pages (/van-hanh) and sign-in.</summary>
public static class EditorialWebExtensions
{
    public static WebApplicationBuilder AddEditorialWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddStaffAuthentication(builder.Configuration);
        builder.Services.AddRazorPages(o =>
        {
            // Pages live next to their capability (Editor/, Portal/, Operators/, Accounts/), each with an absolute @page route.
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Editor", StaffRoles.Editor);
            o.Conventions.AuthorizeFolder("/Operators", StaffRoles.Operator);
        });
        // Vietnamese text is written as characters, not as &#x...; entities (still HTML-encoded where needed).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<PortalCatalog>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInModel.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddHostedService<EditorialStartupService>();
        return builder;
    }

    public static WebApplication MapEditorialWeb(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapGet("/web/site.css", () =>
        {
            var stream = typeof(EditorialWebExtensions).Assembly.GetManifestResourceStream("MoitBot.Bot.Web.site.css");
            return stream is null ? Results.NotFound() : Results.Stream(stream, "text/css; charset=utf-8");
        });
        app.MapRazorPages();
        app.MapPortalFeeds();
        return app;
    }
}
