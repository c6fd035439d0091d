using Atlas.Site.Model;

namespace Atlas.Site.Links;

/// <summary>
/// The values of one facet met so far, each with where it was first written. A value's page is
/// named by its slug, so a value needs a letter or digit, and two spellings may not share one page
/// (<c>Google</c> and <c>google</c>); <c>Google</c> and <c>Google Research</c> are two pages.
/// </summary>
public sealed class FacetValueSlugs(Facet facet)
{
    private readonly Dictionary<string, (string Value, string Place)> _first = new(StringComparer.Ordinal);

    /// <summary>What is wrong with <paramref name="value"/>, written at <paramref name="place"/>; null if nothing.</summary>
    public string? Add(string value, string place)
    {
        var slug = Slug.Of(value);
        if (slug.Length == 0) return $"{facet.Kind} '{value}' has no letter or digit to name its page {facet.Folder}/<name>/ by";
        if (_first.TryAdd(slug, (value, place))) return null;
        var first = _first[slug];
        return first.Value == value ? null : $"{facet.Kind} '{value}' would share the page {facet.Folder}/{slug}/ with '{first.Value}' ({first.Place}); spell it the same way";
    }
}
