using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

// Telegram load benchmark: starts the real bot (a separate process) against the telegram-test-api
// emulator and measures, per question, the time from the official's message entering the emulator
// to the bot's reply arriving there. Usage:
//   dotnet run -c Release --project bench/TelegramLoad -- [--bot path/MoitBot.Bot.dll] [--emulator http://127.0.0.1:9000]
//       [--users 20] [--questions 1000] [--warmup 100]
var options = Arguments.Parse(args);
var emulator = new Uri(options.GetValueOrDefault("emulator", "http://127.0.0.1:9000"));
var users = int.Parse(options.GetValueOrDefault("users", "20"), CultureInfo.InvariantCulture);
var total = int.Parse(options.GetValueOrDefault("questions", "1000"), CultureInfo.InvariantCulture);
var warmup = int.Parse(options.GetValueOrDefault("warmup", "100"), CultureInfo.InvariantCulture);
var botDll = options.GetValueOrDefault("bot", Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Bot/bin/Release/net10.0/MoitBot.Bot.dll")));
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"Bot not found at {botDll}; build it with: dotnet build -c Release src/Bot (or pass --bot).");
    return 2;
}

string[] questions =
[
    "thu tuc cap giay phep ban le ruou",
    "dieu kien cua hang ban le xang dau",
    "ho so cap giay phep ban le san pham thuoc la",
    "xa co tham quyen xu phat hang gia khong",
    "hanh lang bao ve an toan luoi dien",
    "dang ky san xuat ruou thu cong de ban cho doanh nghiep",
    "kinh doanh khi hoa long can dieu kien gi",
    "website thuong mai dien tu ban hang co phai thong bao khong",
];

using var http = new HttpClient { BaseAddress = emulator, Timeout = TimeSpan.FromSeconds(60) };
var token = $"{Random.Shared.Next(100_000_000, 999_999_999)}:bench-{Guid.NewGuid():N}";
var data = Directory.CreateTempSubdirectory("moitbot-telegram-bench");
var bot = Process.Start(new ProcessStartInfo("dotnet", [botDll])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    Environment =
    {
        ["Telegram__BotToken"] = token,
        ["Telegram__ApiBaseUrl"] = emulator.AbsoluteUri,
        ["Telegram__QuestionsPerWindow"] = "1000",
        ["Telegram__PollTimeoutSeconds"] = "10",
        ["ConnectionStrings__MoitBot"] = $"Data Source={Path.Combine(data.FullName, "bench.db")}",
        ["Urls"] = "http://127.0.0.1:0",
        ["Logging__LogLevel__Default"] = "Warning",
    },
})!;
bot.OutputDataReceived += (_, _) => { };
bot.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[bot] {e.Data}"); };
bot.BeginOutputReadLine();
bot.BeginErrorReadLine();

try
{
    // Ready when the bot has registered its command menu at start-up.
    var ready = Stopwatch.StartNew();
    while ((await PostAsync("_test/commands", new { token })).ValueKind == JsonValueKind.Null)
    {
        if (bot.HasExited || ready.Elapsed > TimeSpan.FromMinutes(2))
        {
            Console.Error.WriteLine("The bot did not start.");
            return 1;
        }

        await Task.Delay(100);
    }

    Console.WriteLine($"bot ready in {ready.Elapsed.TotalSeconds:0.0} s; warm-up {warmup} questions");
    await RunAsync(warmup, chatBase: 10_000);
    Console.WriteLine($"measuring {total} questions from {users} concurrent officials");
    bot.Refresh();
    var cpuBefore = bot.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var latencies = await RunAsync(total, chatBase: 20_000);
    clock.Stop();
    bot.Refresh();
    var cpuPerQuestion = (bot.TotalProcessorTime - cpuBefore).TotalMilliseconds / latencies.Count;

    latencies.Sort();
    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"questions: {latencies.Count}, throughput: {latencies.Count / clock.Elapsed.TotalSeconds:0.0} q/s, latency median: {Percentile(0.5):0.0} ms, p95: {Percentile(0.95):0.0} ms, max: {latencies[^1]:0.0} ms, bot CPU: {cpuPerQuestion:0.0} ms/question"));
    return 0;
}
finally
{
    bot.Kill(entireProcessTree: true);
    await bot.WaitForExitAsync();
    data.Delete(recursive: true);
}

async Task<List<double>> RunAsync(int count, int chatBase)
{
    var next = -1;
    var results = new List<double>[users];
    await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
    {
        results[user] = [];
        var chatId = chatBase + user;
        var sent = 0;
        while (Interlocked.Increment(ref next) < count)
        {
            var question = questions[(user + sent) % questions.Length];
            var started = Stopwatch.GetTimestamp();
            await PostAsync("sendMessage", new { botToken = token, from = new { id = chatId, is_bot = false, first_name = "Bench" }, chat = new { id = chatId, type = "private" }, text = question });
            sent++;
            await PostAsync("_test/waitBotMessages", new { token, chatId, count = sent, timeoutMs = 30_000 });
            results[user].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    return results.SelectMany(r => r).ToList();
}

async Task<JsonElement> PostAsync(string path, object body)
{
    using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").Clone();
}

internal static class Arguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }
}
