namespace Atlas.Site.Documents;

/// <summary>
/// A page the build makes without a source file: its id, title, pretty URL (or a file name such as
/// <c>404.html</c>), the layout that draws it and the summary listings and search show. An
/// unlisted page is left out of the sitemap and the search index.
/// </summary>
public sealed record GeneratedPage(string Id, string Title, string Url, string Layout, string Summary, bool Listed = true);

/// <summary>
/// Every generated page of the site, declared once: the pipelines add them from here, and a module
/// that draws onto one (the timeline) or fills its layout (search) names it through here.
/// The comparison views are declared with their columns (<c>ComparisonView.Views</c>).
/// </summary>
public static class GeneratedPages
{
    public static readonly GeneratedPage Models = new(
        Id: "models", Title: "All models", Url: "models/", Layout: "models", Summary: "Every model in the atlas, newest first.");

    public static readonly GeneratedPage Concepts = new(
        Id: "concepts", Title: "Concepts", Url: "concepts/", Layout: "concepts", Summary: "Pre-training objectives and design ideas.");

    public static readonly GeneratedPage Tasks = new(
        Id: "tasks", Title: "Tasks", Url: "tasks/", Layout: "tasks", Summary: "The benchmarks the models are compared on.");

    public static readonly GeneratedPage Timeline = new(
        Id: "timeline", Title: "Architecture timeline", Url: "timeline/", Layout: "timeline",
        Summary: "How vision-language architectures evolved, lane by lane.");

    public static readonly GeneratedPage Charts = new(
        Id: "charts", Title: "Benchmark charts", Url: "charts/", Layout: "charts",
        Summary: "Each benchmark's results over time, with the best result so far traced.");

    public static readonly GeneratedPage Schema = new(
        Id: "schema", Title: "Data schema", Url: "schema/", Layout: "schema",
        Summary: "Every field of a row of input/data/models.yaml and the vocabulary it names, made from the code that reads them.");

    public static readonly GeneratedPage Diagnostics = new(
        Id: "diagnostics", Title: "Diagnostics", Url: "docs/diagnostics/", Layout: "diagnostics",
        Summary: "Every problem the build, check and new report, by code: what it means, an example and the fix.");

    public static readonly GeneratedPage NotFound = new(
        Id: "not-found", Title: "Page not found", Url: "404.html", Layout: "not-found", Summary: "There is no page at this address.", Listed: false);

    public static readonly GeneratedPage Search = new(
        Id: "search", Title: "Search", Url: "search/", Layout: "search", Summary: "Find models, concepts and tasks by name, alias, tag or text.");
}
