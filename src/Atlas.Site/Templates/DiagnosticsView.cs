using Atlas.Site.Diagnostics;

namespace Atlas.Site.Templates;

/// <summary>
/// The diagnostics reference page (<c>diagnostics</c>) as plain data, made from <see cref="Codes"/>:
/// each area with its codes, what each means, an input that has the problem and the fix.
/// Nothing here is written by hand, so the page lists every code the build can report.
/// </summary>
public static class DiagnosticsView
{
    public static List<object?> Of() => Codes.All
        .GroupBy(Codes.AreaOf)
        .Select(area => (object?)new Dictionary<string, object?>
        {
            ["area"] = area.Key,
            ["codes"] = area.Select(c => (object?)new Dictionary<string, object?>
            {
                ["id"] = c.Id, ["name"] = c.Name, ["meaning"] = c.Meaning, ["example"] = c.Example, ["fix"] = c.Fix,
            }).ToList(),
        })
        .ToList();
}
