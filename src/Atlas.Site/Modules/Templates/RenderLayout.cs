using Atlas.Site.Config;
using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Links;
using Atlas.Site.Modules.Listings;
using Atlas.Site.Modules.Markdown;
using Atlas.Site.Modules.Models;
using Atlas.Site.Modules.Parse;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;
using Fluid;
using Fluid.Values;

namespace Atlas.Site.Modules.Templates;

/// <summary>
/// Renders a page through its layout and the layout's parents, innermost first; each sees
/// the page so far as <c>content</c>. Templates get plain data only: <c>page</c>,
/// <c>model</c> on model pages, <c>backlinks</c> (also as <see cref="BacklinkGroups"/>), <c>toc</c>
/// (<see cref="TableOfContents"/>), and the site-wide values of
/// <see cref="SiteTemplateData"/>.
/// </summary>
[Stage(Stage.Templates)]
public sealed class RenderLayout : PerDocumentModule
{
    protected override void Prepare(IExecutionContext context) => LiquidGlobals(context);

    /// <summary>A page is rendered again when it, the site-wide values, the theme or the pages linking to it change.</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) =>
        (document, Theme.Of(context), LiquidGlobals(context), Catalog.Of(context).BacklinksTo(document.Metadata.GetString(Keys.Url)));

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var layout = document.Metadata.GetString(Keys.Layout);
        if (layout.Length == 0)
        {
            yield return document;
            yield break;
        }
        var theme = Theme.Of(context);
        var layoutIds = theme.ElementIdsAround(layout);
        var headings = document.Metadata.Get(Keys.Headings) ?? [];
        var clashes = headings.Where(h => layoutIds.Contains(h.Id)).ToList();
        foreach (var heading in clashes)
            context.Diagnostics.Error(Codes.HeadingClashesLayout, document.Source, heading.Line, heading.Column, $"this heading's anchor '#{heading.Id}' is also an element id in the theme's layouts; reword the heading");
        if (clashes.Count > 0) yield break;
        var globals = SiteTemplateData.Of(context);
        var liquidGlobals = LiquidGlobals(context);
        var catalog = Catalog.Of(context);
        var url = document.Metadata.GetString(Keys.Url);

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = PageValues(document),
            ["backlinks"] = catalog.BacklinksTo(url).Select(p => (object?)SiteTemplateData.Plain(p)).ToList(),
            ["backlink_groups"] = BacklinkGroups.Of(catalog.BacklinksTo(url)),
            ["toc"] = TableOfContents.Of(headings),
        };
        // Every page has a model, null but on model pages, so that `{% if model %}` reads a defined value.
        values["model"] = document.Metadata.Get(Keys.ModelRow) is { } row ? globals.ModelViews[row.Id] : null;

        var html = document.Content;
        foreach (var (current, found, isOwnAncestor) in theme.LayoutAndAncestors(layout))
        {
            if (isOwnAncestor)
            {
                context.Diagnostics.Error(Codes.LayoutCycle, theme.PathOf(current), 1, 1, $"layout '{current}' is its own ancestor");
                yield break;
            }
            if (found is not { } entry)
            {
                var at = document.Metadata.Get(Keys.FrontMatter)?["layout"]?.Position ?? new SourcePosition(1, 1);
                context.Diagnostics.Error(Codes.LayoutNotFound, document.DisplayPath, at.Line, at.Column, $"layout '{current}' not found in theme/layouts");
                yield break;
            }
            var templateContext = new TemplateContext(theme.Options);
            foreach (var (key, value) in liquidGlobals) templateContext.SetValue(key, value);
            foreach (var (key, value) in values) templateContext.SetValue(key, value);
            templateContext.SetValue("content", html);
            // Fluid prints an undefined name as nothing; the template contract makes it a diagnostic at the line that reads it.
            var undefined = new List<string>();
            templateContext.Undefined = name =>
            {
                undefined.Add(name);
                return ValueTask.FromResult<FluidValue>(NilValue.Instance);
            };
            var missing = RecordValue.Watch(templateContext);
            try
            {
                html = entry.Template.Render(templateContext, LiquidTemplates.Encoder);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                context.Diagnostics.Error(Codes.TemplateFailed, entry.Path, 1, 1, $"template failed while rendering {document.DisplayPath}: {ex.Message}");
                yield break;
            }
            foreach (var name in undefined.Distinct(StringComparer.Ordinal))
            {
                var (path, line, column) = theme.WhereRead(current, name);
                TemplateContract.Report(context, Codes.TemplateUndefined, path, line, column,
                    $"'{name}' is not defined for this template (it prints nothing); give it from the template's data, or pass null where it is optional");
            }
            foreach (var name in missing.Distinct(StringComparer.Ordinal))
            {
                var (path, line, column) = theme.WhereRead(current, name, member: true);
                TemplateContract.Report(context, Codes.TemplateMissingMember, path, line, column,
                    $"the value read has no member '{name}' (it prints nothing); give it from the C# that makes the template's data, or fix the name");
            }
        }
        yield return document.WithContent(html);
    }

    /// <summary>
    /// The site-wide values as Liquid values, each converted once per build and only when a template
    /// first reads it: converting the list of every model for each page made rendering grow with the
    /// square of the number of models. The YAML of data/ is free-form (its optional fields may be
    /// absent), so a member it lacks reads as nothing.
    /// </summary>
    private static IReadOnlyDictionary<string, FluidValue> LiquidGlobals(IExecutionContext context) => context.Memo(
        nameof(LiquidGlobals),
        () => (SiteTemplateData.Of(context), Theme.Of(context)),
        () => SiteTemplateData.Of(context).Globals.ToDictionary(
            kv => kv.Key,
            kv => (FluidValue)new FactoryValue(() => kv.Key == "data" ? RecordValue.FreeForm(kv.Value.Value) : FluidValue.Create(kv.Value.Value, Theme.Of(context).Options)),
            StringComparer.Ordinal));

    /// <summary>
    /// What templates see as <c>page</c>: the fields authors may set, the values modules made for the
    /// layout (<see cref="TemplateValues"/>), and the whole front matter as <c>page.params</c>.
    /// </summary>
    private static Dictionary<string, object?> PageValues(Document document)
    {
        var metadata = document.Metadata;
        var page = new Dictionary<string, object?>(metadata.Get(TemplateValues.Key) ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["id"] = metadata.GetString(Keys.Id),
            ["title"] = metadata.GetString(Keys.Title),
            ["summary"] = metadata.GetString(Keys.Summary),
            ["url"] = metadata.GetString(Keys.Url),
            // The layout marks the current section of the navigation by kind: a page without a kind of its own has its URL's folder's.
            ["kind"] = Catalog.RefOf(document).Kind,
            ["layout"] = metadata.GetString(Keys.Layout),
            ["tags"] = (metadata.Get(Keys.Tags) ?? []).OfType<string>().Select(t => (object?)new Dictionary<string, object?> { ["name"] = t, ["url"] = Facet.Tags.UrlOf(t) }).ToList(),
            ["aliases"] = metadata.Get(Keys.Aliases) ?? [],
            ["unlisted"] = metadata.Get(Keys.Unlisted),
            // Front matter is the author's: a field one page has and another lacks reads as nothing.
            ["params"] = RecordValue.FreeForm(metadata.Get(Keys.Params) ?? []),
            ["content"] = document.Content,
            ["source"] = document.Source,
        };
        return page;
    }
}
