using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.Text.RegularExpressions;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;

namespace Atlas.Site.Modules.Templates;

/// <summary>
/// Parses every Liquid layout once per build. A layout may name a parent layout in front
/// matter (<c>layout: default</c>), as in Jekyll; <c>template_name</c> is its path without extension.
/// </summary>
[Stage(Stage.Templates)]
public sealed partial class ParseTemplates : PerDocumentModule
{

    /// <summary>The result depends on the document alone (and on the build's settings, which a cache outlives only while they hold).</summary>
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        if (FrontMatter.Read(document.Content, document.Source, context.Diagnostics) is not { } split) yield break;
        var parent = (split.Node as YamlMapping)?["layout"] is YamlScalar layout ? layout.Value : "";
        var template = LiquidTemplates.TryParse(split.Body, out var error, out var line, out var column);
        if (template is null)
        {
            context.Diagnostics.Error(Codes.TemplateSyntax, document.Source, line + split.BodyFirstLine - 1, column, $"template does not parse: {error}");
            yield break;
        }
        foreach (var filter in LiquidTemplates.FiltersUsed(template).Where(f => !LiquidTemplates.IsFilter(f)).Distinct(StringComparer.Ordinal))
        {
            var (at, atColumn) = Theme.FindInTags(split.Body.Split('\n'), new Regex(@"\|\s*" + Regex.Escape(filter) + @"(?![\w-])")) ?? (1, 1);
            TemplateContract.Report(context, Codes.TemplateUnknownFilter, document.Source, at + split.BodyFirstLine - 1, atColumn,
                $"filter '{filter}' does not exist, so the value passes through it unchanged; fix its name");
        }
        var relative = document.Metadata.GetString(Keys.RelativePath);
        var name = relative.StartsWith("layouts/", StringComparison.Ordinal) ? relative["layouts/".Length..] : relative;
        yield return document
            .WithContent("")
            .WithMetadata(Keys.TemplateName, name[..^Path.GetExtension(name).Length])
            .WithMetadata(Keys.ParentLayout, parent)
            .WithMetadata(Keys.Template, template)
            .WithMetadata(Keys.ElementIds, FixedId().Matches(split.Body).Select(m => m.Groups[1].Value).ToList())
            .WithMetadata(Keys.Includes, Include().Matches(split.Body).Select(m => m.Groups[1].Value).ToList());
    }

    /// <summary>An element id written out in the layout (not made by Liquid), which a page's heading anchors must not repeat.</summary>
    [GeneratedRegex(@"\sid=""([^""{}]+)""")]
    private static partial Regex FixedId();

    [GeneratedRegex(@"\{%-?\s*(?:include|render)\s+['""]([^'""]+)['""]")]
    private static partial Regex Include();
}
