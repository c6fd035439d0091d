using Atlas.Site.Model;

namespace Atlas.Site.Templates;

/// <summary>
/// The schema reference page (<c>schema</c>) as plain data, made from <see cref="RowFields"/>:
/// the row's fields in order, a variant's facts and a result's fields, each with what to write.
/// Nothing here is written by hand, so the page never falls behind the reader.
/// </summary>
public static class SchemaView
{
    public static Dictionary<string, object?> Of() => new()
    {
        ["fields"] = RowFields.All.Select(f => (object?)new Dictionary<string, object?>
        {
            ["name"] = f.Name, ["writes"] = RowFields.Writes(f.Kind), ["required"] = f.Required, ["description"] = f.Description, ["example"] = f.Example,
        }).ToList(),
        ["variant_fields"] = new[]
        {
            ("id", true, "A slug naming the variant, unique in the row.", "capfilt-l"),
            ("name", true, "The variant's name as the paper's tables give it.", "BLIP CapFilt-L (ViT-B, 129M)"),
            ("source", false, "The table or section that reports the variant; may be left out when one of its facts is sourced.", "Table 8"),
        }.Select(v => (object?)new Dictionary<string, object?> { ["name"] = v.Item1, ["required"] = v.Item2, ["description"] = v.Item3, ["example"] = v.Item4 })
            .Concat(RowFields.VariantFacts.Select(f => (object?)new Dictionary<string, object?>
            {
                ["name"] = f.Name, ["required"] = false, ["description"] = $"{f.Description} {RowFields.Writes(FieldKind.Sourced)}.", ["example"] = f.Example,
            }))
            .ToList(),
        ["result_fields"] = RowFields.ResultFields.Select(f => (object?)new Dictionary<string, object?>
        {
            ["name"] = f.Name, ["required"] = f.Required, ["description"] = f.Description,
        }).ToList(),
    };
}
