using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Site.Model;

namespace Atlas.Site.Links;

/// <summary>
/// A way of grouping pages by a value they carry: tags from front matter, or the family,
/// organisations and objectives of a model's table row. Each value gets a page under
/// <see cref="Folder"/> and the folder gets an index; links to them come from <see cref="UrlOf"/>.
/// </summary>
public sealed record Facet(string Folder, string Singular, string Plural, string Summary, Func<Document, IEnumerable<string>> ValuesOf)
{
    public static readonly Facet Tags = new("tags", "Tag", "Tags", "Topics the pages are tagged with.",
        page => (page.Metadata.Get(Keys.Tags) ?? []).OfType<string>());

    public static readonly Facet Families = new("families", "Family", "Families", "Models grouped by architecture family.",
        page => RowOf(page) is { } row ? [row.Family.Name] : []) { Described = true };

    public static readonly Facet Organisations = new("organisations", "Organisation", "Organisations", "Models grouped by the organisations that published them.",
        page => RowOf(page)?.Org ?? []);

    public static readonly Facet Objectives = new("objectives", "Objective", "Objectives", "The pre-training objectives the models use, each explained with the models trained with it.",
        page => RowOf(page)?.Objectives.Select(o => o.Name) ?? [])
    {
        DefersTo = "concepts/",
        DeferredPageId = (page, name) => RowOf(page)?.Objectives.FirstOrDefault(o => o.Name == name)?.Concept,
    };

    public static readonly IReadOnlyList<Facet> All = [Tags, Families, Organisations, Objectives];

    /// <summary>
    /// A folder of pages that list a value's models themselves (each objective's concept page lists
    /// the models trained with it): a value with a page there (<see cref="DeferredPageId"/>) is linked
    /// there, and its own page only points there rather than repeat the list. Null when no folder does.
    /// </summary>
    public string? DefersTo { get; init; }

    /// <summary>The id of the page in <see cref="DefersTo"/> that a value, as carried by a member page, names (objectives.yaml's <c>concept</c>).</summary>
    public Func<Document, string, string?> DeferredPageId { get; init; } = (_, _) => null;

    /// <summary>
    /// True when a value page opens with prose written for it: input/&lt;folder&gt;/&lt;slug&gt;.md
    /// (input/families/dual-encoder.md for families/dual-encoder/), which is then no page of its own.
    /// </summary>
    public bool Described { get; init; }

    /// <summary>The input files that hold the prose of described facets' value pages.</summary>
    public static IEnumerable<string> ProseFiles => All.Where(f => f.Described).Select(f => f.Folder + "/*.md");

    /// <summary>The page kind of a value page, e.g. "tag".</summary>
    public string Kind => Singular.ToLowerInvariant();

    public string IndexUrl => Folder + "/";

    public string UrlOf(string value) => $"{Folder}/{Slug.OrItem(value)}/";

    private static ModelRow? RowOf(Document page) => page.Metadata.Get(Keys.ModelRow);
}
