using Atlas.Engine.Documents;

namespace Atlas.Site.Documents;

/// <summary>
/// Values a module made for the page's layout (the timeline's SVG, a facet page's members), which
/// templates see under <c>page</c>. They live under one typed key that only code sets: front
/// matter naming the same field stays in <c>page.params</c>.
/// </summary>
public static class TemplateValues
{
    public static readonly MetadataKey<IReadOnlyDictionary<string, object?>> Key = new("template_values");

    public static Metadata SetTemplateValue(this Metadata metadata, string name, object? value) =>
        metadata.Set(Key, new Dictionary<string, object?>(metadata.Get(Key) ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { [name] = value });

    public static Document WithTemplateValue(this Document document, string name, object? value) =>
        document with { Metadata = document.Metadata.SetTemplateValue(name, value) };

    /// <summary>The page with the value null unless it has one: a layout shared by pages with and without the value reads a defined member.</summary>
    public static Document WithTemplateValueOrNull(this Document document, string name) =>
        document.Metadata.Get(Key)?.ContainsKey(name) == true ? document : document.WithTemplateValue(name, null);
}
