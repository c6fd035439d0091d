namespace Atlas.Site.Yaml;

/// <summary>
/// Characters no page may carry: control characters other than tab and line ends, DEL, the C1
/// controls, noncharacters and unpaired surrogates. Invisible in an editor, they are parse
/// errors in HTML and refused by XML, so they would break pages, the feed and the sitemap.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F' || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                return i;
        }
        return -1;
    }

    /// <summary>How a diagnostic names the character at <paramref name="index"/>.</summary>
    public static string Describe(string text, int index) => $"the invisible character U+{(int)text[index]:X4}, which pages and feeds cannot carry";
}
