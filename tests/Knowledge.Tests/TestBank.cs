using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Tests;

/// <summary>A real knowledge core on its own temporary SQLite file; each test creates its own.</summary>
public sealed class TestBank : IAsyncDisposable
{
    private readonly string _directory;

    private TestBank(string directory, ServiceProvider services)
    {
        _directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public KnowledgeBank Bank => Services.GetRequiredService<KnowledgeBank>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<TestBank> CreateAsync(IEnumerable<KnowledgeEntry>? entries = null, Dictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "moitbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var values = new Dictionary<string, string?> { ["ConnectionStrings:MoitBot"] = $"Data Source={Path.Combine(directory, "bank.db")}" };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddKnowledge(configuration);
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        var services = collection.BuildServiceProvider(validateScopes: true);
        var bank = new TestBank(directory, services);
        await services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(TestContext.Current.CancellationToken);
        if (entries is not null)
        {
            await bank.Bank.SaveManyAsync(entries.ToList(), "test", TestContext.Current.CancellationToken);
        }

        return bank;
    }

    public static KnowledgeEntry Qa(string id, string field, string question, string answer, string? documentNumber = null, string? article = null,
        EntryStatus status = EntryStatus.Approved) => new()
        {
            Id = id,
            Kind = EntryKind.QuestionAnswer,
            Field = field,
            Title = question,
            Question = question,
            Body = answer,
            Status = status,
            References = documentNumber is null ? [] : [new LegalReference { DocumentNumber = documentNumber, DocumentType = "Nghị định", Title = "Văn bản thử nghiệm", Article = article }],
        };

    /// <summary>A small bank of its own for retrieval tests: distinct topics with overlapping vocabulary.</summary>
    public static List<KnowledgeEntry> SampleEntries() =>
    [
        Qa("ruou-hoso", "ruou", "Hồ sơ đề nghị cấp giấy phép bán lẻ rượu gồm những gì?", "Hồ sơ gồm đơn đề nghị cấp giấy phép bán lẻ rượu, bản sao giấy chứng nhận đăng ký kinh doanh và bản cam kết bảo đảm điều kiện về địa điểm kinh doanh.", "105/2017/NĐ-CP", "Điều 25"),
        Qa("ruou-thoihan", "ruou", "Giấy phép bán lẻ rượu có thời hạn bao lâu?", "Giấy phép bán lẻ rượu có thời hạn 05 năm.", "105/2017/NĐ-CP", "Điều 29"),
        Qa("thuocla-hoso", "thuoc-la", "Hồ sơ cấp giấy phép bán lẻ sản phẩm thuốc lá?", "Hồ sơ gồm đơn đề nghị, bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh.", "67/2013/NĐ-CP", "Điều 27"),
        Qa("xang-dieukien", "xang-dau", "Điều kiện cửa hàng bán lẻ xăng dầu là gì?", "Cửa hàng bán lẻ xăng dầu phải thuộc sở hữu hoặc đồng sở hữu của thương nhân và đáp ứng quy chuẩn kỹ thuật.", "83/2014/NĐ-CP", "Điều 24"),
        Qa("dien-hanhlang", "dien-luc", "Hành lang bảo vệ an toàn lưới điện cao áp được quy định thế nào?", "Hành lang bảo vệ an toàn đường dây dẫn điện trên không được giới hạn bởi hai mặt phẳng thẳng đứng về hai phía của đường dây.", "14/2014/NĐ-CP", "Điều 11"),
        Qa("cho-quanly", "thi-truong-trong-nuoc", "Ai quản lý chợ hạng 3 ở xã?", "Ủy ban nhân dân cấp xã quản lý chợ hạng 3 trên địa bàn."),
        Qa("ruou-nhap", "ruou", "Bán lẻ rượu tiêu dùng tại chỗ cần gì?", "Thương nhân bán rượu tiêu dùng tại chỗ phải có giấy phép do UBND cấp xã cấp.", "105/2017/NĐ-CP", "Điều 30", EntryStatus.Draft),
    ];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on a temp folder is not worth failing a test for.
        }
    }
}
