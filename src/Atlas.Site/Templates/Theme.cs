using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Atlas.Engine.Execution;
using Atlas.Site.Config;
using Atlas.Site.Documents;
using Fluid;

namespace Atlas.Site.Templates;

/// <summary>
/// The parsed layouts of theme/layouts by name (e.g. "model", "partials/head"), made once per
/// build. The walk up a layout's parents (<see cref="LayoutAndAncestors"/>) and down into the
/// partials they include (<see cref="WithPartials"/>) is written here once for rendering, the
/// element-id check, template diagnostics and the link check.
/// </summary>
public sealed partial class Theme
{
    public sealed record Layout(IFluidTemplate Template, string Parent, string Path, string FullPath, IReadOnlyList<string> ElementIds, IReadOnlyList<string> Includes);

    /// <summary>
    /// One step up from a page's layout: the <see cref="Layout"/> named <see cref="Name"/>, or null
    /// when the theme has none by that name; <see cref="IsOwnAncestor"/> when the name came back
    /// round (a cycle of parents). The walk ends after either.
    /// </summary>
    public readonly record struct Step(string Name, Layout? Layout, bool IsOwnAncestor);

    private readonly ConcurrentDictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    /// <summary>By layout: every page of a layout asks the same question.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _elementIds = new(StringComparer.Ordinal);

    public required IReadOnlyDictionary<string, Layout> Layouts { get; init; }

    public required TemplateOptions Options { get; init; }

    /// <summary>A layout, then its parent, its parent's parent, ... innermost first, as a page is rendered through them.</summary>
    public IEnumerable<Step> LayoutAndAncestors(string layout)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (layout.Length > 0)
        {
            if (!seen.Add(layout))
            {
                yield return new Step(layout, null, IsOwnAncestor: true);
                yield break;
            }
            var entry = Layouts.GetValueOrDefault(layout);
            yield return new Step(layout, entry, IsOwnAncestor: false);
            if (entry is null) yield break;
            layout = entry.Parent;
        }
    }

    /// <summary>The layouts named, then the partials they include and the partials those include, nearest first, each once.</summary>
    public IEnumerable<Layout> WithPartials(IEnumerable<string> layouts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(layouts);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !Layouts.TryGetValue(name, out var entry)) continue;
            yield return entry;
            foreach (var include in entry.Includes) pending.Enqueue(include);
        }
    }

    /// <summary>The element ids a layout, its parents and the partials they include write out: a page's headings may not repeat one.</summary>
    public IReadOnlySet<string> ElementIdsAround(string layout) => _elementIds.GetOrAdd(layout, name =>
        WithPartials(LayoutAndAncestors(name).Where(s => s.Layout is not null).Select(s => s.Name)).SelectMany(l => l.ElementIds).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Where a layout, or a partial it includes, reads a name inside a Liquid tag (<c>{{ glossary }}</c>
    /// for "glossary", or with <paramref name="member"/> <c>{{ page.kind }}</c> for "kind"): the first
    /// such place, else the layout's first line. Fluid reports an undefined name without its
    /// position, so the template's text is searched for it.
    /// </summary>
    public (string Path, int Line, int Column) WhereRead(string layout, string name, bool member = false)
    {
        var word = new Regex((member ? @"(?<=\.)" : @"(?<![\w-])") + Regex.Escape(name) + @"(?![\w-])");
        foreach (var entry in WithPartials([layout]))
        {
            var lines = _lines.GetOrAdd(entry.FullPath, p => File.Exists(p) ? File.ReadAllLines(p) : []);
            if (FindInTags(lines, word) is var (line, column)) return (entry.Path, line, column);
        }
        return (PathOf(layout), 1, 1);
    }

    /// <summary>The 1-based line and column of the first match of <paramref name="pattern"/> inside a Liquid tag of a template's lines; null when there is none.</summary>
    public static (int Line, int Column)? FindInTags(IReadOnlyList<string> lines, Regex pattern)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (Match tag in LiquidTag().Matches(lines[i]))
            {
                if (pattern.Match(tag.Value) is { Success: true } hit) return (i + 1, tag.Index + hit.Index + 1);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}")]
    private static partial Regex LiquidTag();

    public string PathOf(string layout) => Layouts.TryGetValue(layout, out var entry) ? entry.Path : "theme/layouts";

    /// <summary>The build's theme; the last build's while the Theme pipeline's templates are.</summary>
    public static Theme Of(IExecutionContext context) => context.Memo(nameof(Theme), () => context.OutputsOf(PipelineNames.Theme), () =>
    {
        var layouts = context.OutputsOf(PipelineNames.Theme).ToDictionary(
            d => d.Metadata.GetString(Keys.TemplateName),
            d => new Layout(
                d.Metadata.Get(Keys.Template)!, d.Metadata.GetString(Keys.ParentLayout), d.Source, d.Metadata.GetString(Keys.FullPath),
                d.Metadata.Get(Keys.ElementIds) ?? [], d.Metadata.Get(Keys.Includes) ?? []),
            StringComparer.Ordinal);
        return new Theme
        {
            Options = LiquidTemplates.CreateOptions(context.Service<BuildSettings>(), layouts.ToDictionary(kv => kv.Key, kv => kv.Value.Template, StringComparer.Ordinal)),
            Layouts = layouts,
        };
    });
}
