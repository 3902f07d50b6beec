using System.CommandLine;
using System.Text;
using MoitBot.Bot.Channels.Telegram;
using MoitBot.Bot.Extensions;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Commands;

/// <summary>
/// `officials list [--pending]`, `officials verify|reject &lt;id&gt;`, `officials invite &lt;province&gt;`:
/// the operator's side of registering commune officials.
/// </summary>
public static class OfficialsCommand
{
    public static Command Create()
    {
        var pending = new Option<bool>("--pending") { Description = "Chỉ đăng ký đang chờ xác minh" };
        var list = new Command("list", "Liệt kê cán bộ đã đăng ký") { pending };
        list.SetAction((r, ct) => WithRegistryAsync((registry, _) => ListAsync(registry, r.GetValue(pending), ct), ct));

        var id = new Argument<string>("id") { Description = "Mã cán bộ, ví dụ telegram:123456" };
        var by = new Option<string>("--by") { Description = "Tên người xác minh", DefaultValueFactory = _ => Environment.UserName };
        var verify = new Command("verify", "Xác minh một đăng ký") { id, by };
        verify.SetAction((r, ct) => WithRegistryAsync((registry, _) => SetStatusAsync(registry, r.GetValue(id)!, r.GetValue(by)!, verify: true, ct), ct));
        var reject = new Command("reject", "Từ chối một đăng ký") { id, by };
        reject.SetAction((r, ct) => WithRegistryAsync((registry, _) => SetStatusAsync(registry, r.GetValue(id)!, r.GetValue(by)!, verify: false, ct), ct));

        var province = new Argument<string>("province") { Description = "Tỉnh/thành phố (một trong 34 đơn vị)" };
        var days = new Option<int>("--days") { Description = "Số ngày mã còn hiệu lực", DefaultValueFactory = _ => 30 };
        var invite = new Command("invite", "Tạo mã mời dùng một lần cho một tỉnh/thành phố") { province, days };
        invite.SetAction((r, ct) => WithRegistryAsync((registry, provinces) => InviteAsync(registry, provinces, r.GetValue(province)!, r.GetValue(days), ct), ct));

        return new Command("officials", "Quản lý đăng ký cán bộ xã/phường") { list, verify, reject, invite };
    }

    private static async Task<int> WithRegistryAsync(Func<OfficialRegistry, ProvinceList, Task<int>> action, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var host = CommandHost.Build(services =>
        {
            services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section);
            services.AddSingleton<ProvinceList>();
        });
        await host.Services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
        return await action(host.Services.GetRequiredService<OfficialRegistry>(), host.Services.GetRequiredService<ProvinceList>());
    }

    private static async Task<int> ListAsync(OfficialRegistry registry, bool pendingOnly, CancellationToken cancellationToken)
    {
        var officials = await registry.ListAsync(pendingOnly ? OfficialStatus.Pending : null, cancellationToken);
        foreach (var o in officials)
        {
            Console.WriteLine($"{o.Id}\t{o.Status}\t{o.FullName}\t{o.Position}\t{o.Commune}\t{o.Province}\t{o.Phone ?? "-"}\t{o.CreatedAt:yyyy-MM-dd HH:mm}");
        }

        Console.Error.WriteLine($"{officials.Count} cán bộ");
        return 0;
    }

    private static async Task<int> SetStatusAsync(OfficialRegistry registry, string id, string by, bool verify, CancellationToken cancellationToken)
    {
        var official = verify ? await registry.VerifyAsync(id, by, cancellationToken) : await registry.RejectAsync(id, by, cancellationToken);
        if (official is null)
        {
            Console.Error.WriteLine($"Không tìm thấy cán bộ '{id}'. Xem danh sách: officials list --pending");
            return 1;
        }

        Console.WriteLine($"{official.Id}\t{official.Status}\t{official.FullName}\t{official.Province}");
        return 0;
    }

    private static async Task<int> InviteAsync(OfficialRegistry registry, ProvinceList provinces, string province, int days, CancellationToken cancellationToken)
    {
        var found = provinces.Find(province);
        if (found is null)
        {
            Console.Error.WriteLine($"'{province}' không phải một trong {provinces.All.Count} tỉnh/thành phố: {string.Join(", ", provinces.All)}");
            return 1;
        }

        if (days is < 1 or > 365)
        {
            Console.Error.WriteLine("--days phải từ 1 đến 365.");
            return 1;
        }

        var code = await registry.CreateInviteCodeAsync(found, TimeSpan.FromDays(days), cancellationToken);
        Console.WriteLine(code);
        Console.Error.WriteLine($"Mã mời cho {found}, hiệu lực {days} ngày, dùng một lần. Chỉ lưu bản băm của mã.");
        return 0;
    }
}
