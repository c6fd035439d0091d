using System.Text.RegularExpressions;

namespace Atlas.Site.Model;

/// <summary>
/// The rule that turns a name into the part of a URL that names its page (<c>Google Research</c>
/// becomes <c>google-research</c>): the facet pages, the table's anchors and the Liquid
/// <c>slugify</c> filter all name pages by it, so it lives below them all.
/// </summary>
public static partial class Slug
{
    /// <summary>Lowercase letters and digits, every other run of characters one hyphen; empty when nothing is left.</summary>
    public static string Of(string text) => NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    /// <summary>The slug of <paramref name="text"/>, or <c>item</c> when it has no letter or digit.</summary>
    public static string OrItem(string text) => Of(text) is { Length: > 0 } slug ? slug : "item";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
