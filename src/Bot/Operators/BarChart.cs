using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace MoitBot.Bot.Operators;

/// <summary>Server-rendered horizontal SVG bars (no script): one row per label, up to two series.</summary>
public static class BarChart
{
    private const int RowHeight = 22;
    private const int LabelWidth = 190;
    private const int BarWidth = 300;

    public static IHtmlContent Render(string title, IReadOnlyList<(string Label, double Value, double? Second)> rows, string? firstName = null, string? secondName = null)
    {
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value + (r.Second ?? 0)));
        var height = Math.Max(1, rows.Count) * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bars\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {LabelWidth + BarWidth + 60} {height}\" width=\"100%\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, second) = rows[i];
            var y = i * RowHeight + 4;
            var first = value / max * BarWidth;
            var rest = (second ?? 0) / max * BarWidth;
            var total = value + (second ?? 0);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{Encode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{first:0.#}\" height=\"16\"><title>{Encode(firstName ?? label)}: {value:0.##}</title></rect>");
            if (second is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"alt\" x=\"{LabelWidth + first:0.#}\" y=\"{y}\" width=\"{rest:0.#}\" height=\"16\"><title>{Encode(secondName ?? label)}: {second:0.##}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + first + rest + 4:0.#}\" y=\"{y + 14}\">{total:0.##}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length > 30 ? label[..29] + "…" : label;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
