using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Operators;

/// <summary>The operators' report as an XLSX workbook: summary, per day, per department, per province, unanswered topics.</summary>
public static class ReportWorkbook
{
    public static byte[] Create(OperationsFigures f)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "Tổng hợp",
            [
                ["Báo cáo hỏi đáp ngành Công Thương", null],
                ["Từ ngày", f.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)],
                ["Đến ngày", f.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)],
                ["Số câu hỏi", f.Questions],
                ["Bot trả lời", f.AnsweredByBot],
                ["Chưa có hướng dẫn", f.NoGuidance],
                ["Chuyển lên Bộ", f.Escalated],
                ["Đánh giá hữu ích", f.HelpfulMarks],
                ["Số lượt đánh giá", f.RatedAnswers],
                ["Tỷ lệ hữu ích", f.HelpfulRatio],
                ["Phiếu đang mở", f.OpenTickets],
                ["Phiếu quá hạn", f.LateTickets],
            ]);
            AddSheet(workbook, "Theo ngày",
                [["Ngày", "Câu hỏi", "Bot trả lời", "Chuyển lên Bộ"], .. f.Days.Select(d => new object?[] { d.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), d.Questions, d.AnsweredByBot, d.Escalated })]);
            AddSheet(workbook, "Theo đơn vị",
                [["Đơn vị", "Câu hỏi", "Bot trả lời", "Chuyển lên Bộ", "Đã trả lời", "Đúng hạn", "Đang mở", "Quá hạn", "Tỷ lệ đúng hạn"],
                 .. f.Departments.Select(d => new object?[] { d.Name, d.Questions, d.AnsweredByBot, d.Escalated, d.AnsweredTickets, d.AnsweredOnTime, d.OpenTickets, d.LateTickets, d.SlaCompliance })]);
            AddSheet(workbook, "Theo tỉnh",
                [["Tỉnh/thành phố", "Câu hỏi", "Bot trả lời", "Chuyển lên Bộ"], .. f.Provinces.Select(p => new object?[] { p.Province, p.Questions, p.AnsweredByBot, p.Escalated })]);
            AddSheet(workbook, "Chưa có câu trả lời",
                [["Lĩnh vực / cụm từ", "Số lần"], .. f.UnansweredFields.Concat(f.UnansweredTopics).Select(t => new object?[] { t.Topic, t.Count })]);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 1;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = index++ };
            row.Append(values.Select(Cell));
            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Math.Round(d, 4)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)) },
    };
}
