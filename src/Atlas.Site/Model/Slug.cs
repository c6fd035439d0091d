using System.Text;

namespace Atlas.Site.Model;

/// <summary>
/// The rule that turns a name into the part of a URL that names its page (<c>Google Research</c>
/// becomes <c>google-research</c>): the facet pages, the table's anchors and the Liquid
/// <c>slugify</c> filter all name pages by it, so it lives below them all.
/// </summary>
public static class Slug
{
    /// <summary>Lowercase letters and digits, every other run of characters one hyphen; empty when nothing is left.</summary>
    public static string Of(string text)
    {
        // A loop rather than a regular expression: every link to a facet page makes a slug, hundreds of thousands per large build.
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0) slug.Append('-');
                slug.Append(lower);
                pendingHyphen = false;
            }
            else pendingHyphen = true;
        }
        return slug.ToString();
    }

    /// <summary>The slug of <paramref name="text"/>, or <c>item</c> when it has no letter or digit.</summary>
    public static string OrItem(string text) => Of(text) is { Length: > 0 } slug ? slug : "item";
}
