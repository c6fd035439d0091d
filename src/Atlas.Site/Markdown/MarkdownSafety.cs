using Atlas.Engine.Diagnostics;
using Atlas.Site.Diagnostics;
using Atlas.Site.Markdown.Math;
using Atlas.Site.Model;
using Atlas.Site.Yaml;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Atlas.Site.Markdown;

/// <summary>
/// What a page's Markdown may hold, as one policy: links and autolinks only to the schemes the
/// site links (<see cref="SafeUrl"/>), TeX that renders, no character reference to a forbidden
/// character, and no raw HTML unless site.yaml allows it, and then none the sanitizer would
/// change (<see cref="RawHtmlSanitizer"/>) or that would break out of the page's content
/// (<see cref="RawHtmlNesting"/>). A page with any problem is not rendered.
/// </summary>
public static class MarkdownSafety
{
    /// <summary>A refused piece of a page, at its line and column counted from 0 in the Markdown body, as Markdig counts.</summary>
    public sealed record Problem(DiagnosticCode Code, int Line, int Column, string Message);

    public static IReadOnlyList<Problem> Problems(MarkdownDocument ast, string markdown, bool allowRawHtml)
    {
        var problems = new List<Problem>();
        var nesting = new RawHtmlNesting();
        var htmlRefused = false;

        void Refuse(DiagnosticCode code, MarkdownObject node, string message) => problems.Add(new Problem(code, node.Line, node.Column, message));

        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case LinkInline link when !SafeUrl.IsSafeLink(link.Url ?? ""):
                    Refuse(Codes.UnsafeLink, link, $"unsafe link '{Shorten(link.Url)}': only http, https, mailto and site paths are linked");
                    break;
                case AutolinkInline auto when !auto.IsEmail && !SafeUrl.IsWebUrl(auto.Url):
                    Refuse(Codes.UnsafeLink, auto, $"unsafe link '{Shorten(auto.Url)}': only http and https are linked");
                    break;
                case MathInline or MathBlock when FormulaCheck.Problem(node, markdown) is var (line, column, message):
                    problems.Add(new Problem(Codes.MathInvalid, line, column, message));
                    break;
                case HtmlEntityInline entity when entity.Transcoded.ToString() is var character && ForbiddenCharacters.IndexIn(character) is var at and >= 0:
                    Refuse(Codes.CharacterReference, entity, $"character reference '{entity.Original}' stands for {ForbiddenCharacters.Describe(character, at)}");
                    break;
                case HtmlInline or HtmlBlock when !allowRawHtml:
                    Refuse(Codes.RawHtmlOff, node, "raw HTML is off for this site (set allow_raw_html: true in site.yaml to allow it); use Markdown instead");
                    break;
                case HtmlInline or HtmlBlock:
                    var html = node is HtmlInline inline ? inline.Tag : ((HtmlBlock)node).Lines.ToString();
                    // Once a tag is refused the page fails and the rest no longer pair up, so nesting is not reported.
                    var refused = RawHtmlSanitizer.Problems(html);
                    htmlRefused |= refused.Count > 0;
                    foreach (var problem in htmlRefused ? refused : nesting.Add(html, node))
                        Refuse(htmlRefused ? Codes.RawHtmlUnsafe : Codes.RawHtmlNesting, node, problem);
                    break;
            }
        }
        foreach (var (message, opened) in htmlRefused ? [] : nesting.Unclosed())
            Refuse(Codes.RawHtmlNesting, opened, message);
        return problems;
    }

    private static string Shorten(string? url) => url is null ? "" : url.Length > 60 ? url[..60] + "…" : url;
}
