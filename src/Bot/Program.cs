using MoitBot.Bot.Commands;
using MoitBot.Bot.Extensions;

if (BotCommandLine.IsCommand(args))
{
    return await BotCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddMoitBot();

var app = builder.Build();
app.MapMoitBot();
await app.RunAsync();
return 0;

public partial class Program;
