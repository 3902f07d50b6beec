using System.Globalization;
using Spectre.Console;

namespace MoitBot.Ingest.Reporting;

/// <summary>The report for operators: totals, each source with its fields, chunk details for small runs, and every failure with its reason.</summary>
public static class ConsoleReportWriter
{
    private const int MaxChunkRows = 200;
    private const int MaxSourceRows = 100;

    public static void Write(IAnsiConsole console, IngestReport report)
    {
        console.Write(new Rule(report.DryRun ? "[yellow]Báo cáo nạp dữ liệu – chạy thử (--dry-run), chưa ghi gì[/]" : "[green]Báo cáo nạp dữ liệu[/]").LeftJustified());
        var totals = new Table().AddColumns("Kết quả", "Tệp").AddRow("Thêm mới (added)", Count(report.Added)).AddRow("Cập nhật (updated)", Count(report.Updated))
            .AddRow("Không đổi (unchanged)", Count(report.Unchanged)).AddRow("Gỡ khỏi ngân hàng (retired)", Count(report.Retired))
            .AddRow("Lỗi (failed)", report.Failed > 0 ? $"[red]{report.Failed}[/]" : "0");
        if (report.Missing > 0)
        {
            totals.AddRow("Không còn trong thư mục (missing)", $"[yellow]{report.Missing}[/]");
        }

        console.Write(totals);
        console.MarkupLine(Markup.Escape($"Đoạn (chunks): thêm {report.ChunksAdded}, cập nhật {report.ChunksUpdated}, không đổi {report.ChunksUnchanged}, gỡ {report.ChunksRetired}"));

        var touched = report.Sources.Where(s => s.Outcome is SourceOutcome.Added or SourceOutcome.Updated or SourceOutcome.Retired or SourceOutcome.Missing).ToList();
        if (touched.Count > 0)
        {
            var sources = new Table().Title("Tệp đã xử lý").AddColumns("Tệp", "Kết quả", "Văn bản", "Đoạn", "Lĩnh vực", "Ghi chú");
            foreach (var source in touched.Take(MaxSourceRows))
            {
                var document = string.Join(' ', new[] { source.DocumentType, source.DocumentNumber, source.IssuedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) }.Where(p => p is not null));
                var fields = string.Join(", ", source.Chunks.Where(c => c.Change != "retired").GroupBy(c => c.Field).Select(g => $"{g.Key} ×{g.Count()}"));
                var notes = string.Join("; ", source.Notes.Concat(source.Relations).Append(source.Reason ?? string.Empty).Where(n => n.Length > 0));
                sources.AddRow(Markup.Escape(source.Path), source.Outcome.ToString().ToLowerInvariant(), Markup.Escape(document), source.Chunks.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(fields), Markup.Escape(notes));
            }

            console.Write(sources);
            if (touched.Count > MaxSourceRows)
            {
                console.MarkupLine(Markup.Escape($"… và {touched.Count - MaxSourceRows} tệp khác (dùng --json để xem tất cả)"));
            }
        }

        var chunks = touched.SelectMany(s => s.Chunks).ToList();
        if (chunks.Count is > 0 and <= MaxChunkRows)
        {
            var table = new Table().Title("Chi tiết đoạn").AddColumns("Mã mục", "Vị trí", "Lĩnh vực", "Trạng thái", "Thay đổi");
            foreach (var chunk in chunks)
            {
                table.AddRow(Markup.Escape(chunk.EntryId), Markup.Escape(chunk.Locator), Markup.Escape(chunk.Field), chunk.Status, chunk.Change);
            }

            console.Write(table);
        }
        else if (chunks.Count > MaxChunkRows)
        {
            console.MarkupLine($"({chunks.Count} đoạn: dùng --json để xem lĩnh vực của từng đoạn)");
        }

        var failed = report.Sources.Where(s => s.Outcome == SourceOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            console.Write(new Rule("[red]Lỗi – tệp không nạp được[/]").LeftJustified());
            foreach (var source in failed)
            {
                console.MarkupLine($"[red]✗[/] {Markup.Escape(source.Path)}: {Markup.Escape(source.Reason ?? "unknown")}");
            }
        }

        if (report.Ignored.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Bỏ qua {report.Ignored.Count} tệp không thuộc định dạng hỗ trợ (ví dụ: {string.Join(", ", report.Ignored.Take(5).Select(Path.GetFileName))})"));
        }

        console.MarkupLine(Markup.Escape(report.Cancelled ? "Đã dừng theo yêu cầu (Ctrl+C): phần đã ghi nhất quán, chạy lại để tiếp tục." : $"Thời gian: {report.Duration.TotalSeconds:F1} s"));
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
