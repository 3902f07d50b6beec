using System.Text.Json;

namespace MoitBot.Knowledge.Bank;

/// <summary>The ministry's fields and departments: shipped defaults, overridable from configuration.</summary>
public sealed class MinistryCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public MinistryCatalog(IReadOnlyList<Department> departments, IReadOnlyList<FieldDefinition> fields, IReadOnlyList<string> legalKeywords)
    {
        Departments = departments;
        Fields = fields;
        LegalKeywords = legalKeywords;
        foreach (var field in fields)
        {
            if (!departments.Any(d => d.Code == field.Department))
            {
                throw new InvalidOperationException($"Field '{field.Code}' names unknown department '{field.Department}'.");
            }
        }
    }

    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<FieldDefinition> Fields { get; }
    public IReadOnlyList<string> LegalKeywords { get; }

    public Department LegalDepartment => Departments.First(d => d.IsLegal);

    public FieldDefinition? FindField(string? code) => Fields.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));

    public Department? FindDepartment(string? code) => Departments.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    public Department DepartmentOf(string fieldCode) =>
        FindDepartment(FindField(fieldCode)?.Department) ?? LegalDepartment;

    public static MinistryCatalog LoadDefault()
    {
        using var stream = typeof(MinistryCatalog).Assembly.GetManifestResourceStream("MoitBot.Knowledge.ministry-catalog.json")
            ?? throw new InvalidOperationException("The ministry catalog resource is missing from the build.");
        var document = JsonSerializer.Deserialize<CatalogDocument>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The ministry catalog is empty.");
        return new MinistryCatalog(document.Departments, document.Fields, document.LegalKeywords);
    }

    private sealed record CatalogDocument(List<Department> Departments, List<FieldDefinition> Fields, List<string> LegalKeywords);
}
