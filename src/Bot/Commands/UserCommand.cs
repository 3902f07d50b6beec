using System.CommandLine;
using System.Text;
using MoitBot.Bot.Accounts;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Commands;

/// <summary>`user add &lt;name&gt; --role Editor|Operator [--password X]`: creates a local account (password from stdin when not given).</summary>
public static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Tên đăng nhập" };
        var roles = new Option<string[]>("--role") { Description = "Vai trò: Editor và/hoặc Operator", Required = true, AllowMultipleArgumentsPerToken = true };
        var password = new Option<string?>("--password") { Description = "Mật khẩu (nếu bỏ trống: đọc từ stdin)" };
        var add = new Command("add", "Tạo hoặc cập nhật tài khoản đăng nhập cục bộ") { name, roles, password };
        add.SetAction((result, cancellationToken) => AddAsync(result.GetValue(name), result.GetValue(roles) ?? [], result.GetValue(password), cancellationToken));
        return new Command("user", "Quản lý tài khoản biên tập viên và vận hành") { add };
    }

    private static async Task<int> AddAsync(string? name, string[] roleArgs, string? password, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var roles = roleArgs.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(r => (Raw: r, Role: StaffRoles.Canonical(r))).ToList();
        if (roles.FirstOrDefault(r => r.Role is null) is { Raw: { } bad })
        {
            await Console.Error.WriteLineAsync($"Vai trò không hợp lệ: '{bad}'. Dùng Editor hoặc Operator.");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > LocalUserStore.MaxNameLength || name.Any(char.IsControl))
        {
            await Console.Error.WriteLineAsync("Tên đăng nhập không hợp lệ.");
            return 2;
        }

        password ??= await ReadPasswordAsync(cancellationToken);
        if (password is null || password.Length < LocalUserStore.MinPasswordLength)
        {
            await Console.Error.WriteLineAsync($"Mật khẩu phải có ít nhất {LocalUserStore.MinPasswordLength} ký tự.");
            return 2;
        }

        using var host = CommandHost.Build(services => services.AddLocalAccounts());
        await host.Services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
        var created = await host.Services.GetRequiredService<LocalUserStore>()
            .SaveAsync(name, password, roles.Select(r => r.Role!).Distinct().ToList(), cancellationToken);
        Console.WriteLine(created ? $"Đã tạo tài khoản '{name.Trim()}'." : $"Đã cập nhật tài khoản '{name.Trim()}'.");
        return 0;
    }

    private static async Task<string?> ReadPasswordAsync(CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            return (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        }

        Console.Write("Mật khẩu: ");
        var builder = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return builder.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && builder.Length > 0)
            {
                builder.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                builder.Append(key.KeyChar);
            }
        }
    }
}
