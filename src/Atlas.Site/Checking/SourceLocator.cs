using Atlas.Site.Documents;
using System.Collections.Concurrent;
using Atlas.Engine.Diagnostics;
using Atlas.Engine.Documents;

namespace Atlas.Site.Checking;

/// <summary>
/// Turns broken links in rendered pages into diagnostics at the place they were written: the
/// line of the page's Markdown source that holds the link, else the data file's line that
/// holds the URL (<paramref name="dataPlaces"/>: a row's code or arXiv id, a benchmark's task), else the line of the
/// layout (its chain first, then any layout or partial) that holds it, else the page's layout at line 1.
/// A link written in a layout is one diagnostic however many pages repeat it.
/// </summary>
/// <param name="pages">Every output file by output path, as the build made it.</param>
/// <param name="layouts">The Theme pipeline's documents (template name, file).</param>
/// <param name="layoutAndAncestors">
/// The names of the layout a page names and of its parents that the theme has, innermost first:
/// the theme's own walk (<c>Theme.LayoutAndAncestors</c>, a layer above this one).
/// </param>
/// <param name="dataPlaces">Where the data files write URLs (<see cref="DataLinkPlaces"/>), or empty.</param>
public sealed class SourceLocator(
    IReadOnlyDictionary<string, Document> pages, IReadOnlyList<Document> layouts, Func<string, IEnumerable<string>> layoutAndAncestors, string basePath,
    IReadOnlyDictionary<string, SourcePlace> dataPlaces)
{
    private readonly ConcurrentDictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    /// <param name="Exact">Written for this link alone (in the page's source or a data file), not by a layout many pages share.</param>
    private sealed record Place(string Path, int Line, int Column, bool Exact);

    public IEnumerable<Diagnostic> Locate(IEnumerable<BrokenLink> broken) => broken
        .Select(b => (Broken: b, Place: Find(b.Link)))
        .GroupBy(x => (x.Place, x.Broken.Severity, x.Broken.Code, x.Broken.Message))
        .Select(g =>
        {
            var (place, severity, code, message) = g.Key;
            var on = g.Select(x => x.Broken.Link.Page).Distinct().Order(StringComparer.Ordinal).ToList();
            var where = place.Exact ? "" : on.Count == 1 ? $" (on {on[0]})" : $" (on {on.Count} pages, e.g. {on[0]})";
            return new Diagnostic(severity, code, place.Path, place.Line, place.Column, message + where);
        });

    private Place Find(SiteLink link)
    {
        var page = pages[link.Page];
        var written = Candidates(link.Href).ToList();
        if (page.Source.EndsWith(".md", StringComparison.Ordinal) && page.Metadata.GetString(Keys.FullPath) is { Length: > 0 } source
            && Search(source, written, link.Element) is { } inPage)
            return new Place(page.Source, inPage.Line, inPage.Column, true);
        if (written.Select(form => dataPlaces.GetValueOrDefault(form.Split('#')[0])).FirstOrDefault(p => p is not null) is { } inData)
            return new Place(inData.Path, inData.Line, inData.Column, true);
        var chain = LayoutChain(page.Metadata.GetString(Keys.Layout)).ToList();
        foreach (var layout in chain.Concat(layouts.Except(chain).OrderBy(l => l.Source, StringComparer.Ordinal)))
        {
            if (Search(layout.Metadata.GetString(Keys.FullPath), written, link.Element) is { } inLayout)
                return new Place(layout.Source, inLayout.Line, inLayout.Column, false);
        }
        return new Place(chain.FirstOrDefault()?.Source ?? page.DisplayPath, 1, 1, false);
    }

    /// <summary>The forms a link may have been written in: as rendered, and without the base path the build added.</summary>
    private IEnumerable<string> Candidates(string href)
    {
        var forms = new List<string> { href };
        if (href.StartsWith(basePath, StringComparison.Ordinal)) forms.Add("/" + href[basePath.Length..]);
        forms.AddRange(forms.Where(f => f.StartsWith('/')).Select(f => f[1..]).ToList());
        forms.AddRange(forms.Select(Uri.UnescapeDataString).ToList());
        return forms.Where(f => f.Length >= 2).Distinct();
    }

    private IEnumerable<Document> LayoutChain(string layout)
    {
        var byName = layouts.ToDictionary(l => l.Metadata.GetString(Keys.TemplateName), StringComparer.Ordinal);
        return layoutAndAncestors(layout).Select(name => byName[name]);
    }

    /// <summary>The first line holding one of the forms, preferring lines where the link's tag is written too.</summary>
    private (int Line, int Column)? Search(string fullPath, IReadOnlyList<string> forms, string element)
    {
        if (fullPath.Length == 0) return null;
        var lines = _lines.GetOrAdd(fullPath, p => File.Exists(p) ? File.ReadAllLines(p) : []);
        var tag = "<" + element;
        var found = forms
            .SelectMany(form => lines.Select((line, i) => (Line: i + 1, Column: line.IndexOf(form, StringComparison.Ordinal) + 1, HasTag: line.Contains(tag, StringComparison.Ordinal))))
            .Where(hit => hit.Column > 0)
            .ToList();
        return found.Count == 0 ? null : found.OrderByDescending(hit => hit.HasTag).Select(hit => ((int, int)?)(hit.Line, hit.Column)).First();
    }
}
