using Atlas.Site.Model;
using Atlas.Site.Config;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Atlas.Site.Templates;

/// <summary>
/// The Liquid side of the site: one parser and one set of options for the whole build, the
/// site's own filters, and the HTML encoder that escapes every value a template prints
/// (a template opts out with <c>| raw</c> for HTML the build made itself).
/// </summary>
public static partial class LiquidTemplates
{
    public static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    public static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <param name="templatesByName">The theme's parsed templates ("model", "partials/toc"), which includes find by name.</param>
    public static TemplateOptions CreateOptions(BuildSettings settings, IReadOnlyDictionary<string, IFluidTemplate> templatesByName)
    {
        var partials = new ParsedPartials(templatesByName);
        var options = new TemplateOptions
        {
            FileProvider = partials,
#pragma warning disable FLUID001 // see ParsedPartials
            TemplateCache = partials,
#pragma warning restore FLUID001
            MaxRecursion = 20,
            MaxSteps = 10_000_000,
        };
        RecordValue.Register(options);
        foreach (var (name, make) in SiteFilters)
        {
            var apply = make(settings);
            options.Filters.AddFilter(name, (input, _, _) => new StringValue(apply(input.ToStringValue())));
        }
        return options;
    }

    /// <summary>The site's own filters, each a text-to-text rule made from the build's settings.</summary>
    private static readonly (string Name, Func<BuildSettings, Func<string, string>> Make)[] SiteFilters =
    [
        ("relative_url", settings => settings.Url),
        ("absolute_url", settings => settings.AbsoluteUrl),
        ("slugify", _ => Slug.OrItem),
    ];

    private static readonly TemplateOptions BuiltIn = new();

    /// <summary>Whether a filter of this name exists: Fluid's own or the site's. Fluid passes a value through an unknown filter unchanged, without a word.</summary>
    public static bool IsFilter(string name) => BuiltIn.Filters.TryGetValue(name, out _) || SiteFilters.Any(f => f.Name == name);

    /// <summary>The names of the filters a template applies, in the order written.</summary>
    public static IReadOnlyList<string> FiltersUsed(IFluidTemplate template)
    {
        var collector = new FilterNames();
        if (template is Fluid.Parser.FluidTemplate parsed)
        {
            foreach (var statement in parsed.Statements) collector.Visit(statement);
        }
        return collector.Names;
    }

    private sealed class FilterNames : Fluid.Ast.AstVisitor
    {
        public List<string> Names { get; } = [];

        protected override Fluid.Ast.Expression VisitFilterExpression(Fluid.Ast.FilterExpression filterExpression)
        {
            Names.Add(filterExpression.Name);
            return base.VisitFilterExpression(filterExpression);
        }
    }

    /// <summary>Tries to parse; on failure gives the message and the 1-based line and column Fluid reports.</summary>
    public static IFluidTemplate? TryParse(string source, out string error, out int line, out int column)
    {
        if (Parser.TryParse(source, out var template, out var message))
        {
            error = "";
            line = column = 0;
            return template;
        }
        var position = PositionRegex().Match(message ?? "");
        line = position.Success ? int.Parse(position.Groups[1].Value) : 1;
        column = position.Success ? int.Parse(position.Groups[2].Value) : 1;
        // Fluid appends the source around the error on further lines, and its position is
        // relative to the template body; the diagnostic is one line and names the file's position.
        var firstLine = (message ?? "invalid template").Split('\n')[0].Trim();
        error = position.Success ? firstLine.Replace(position.Value, "", StringComparison.Ordinal).Trim().TrimEnd(':').Trim() : firstLine;
        error = error.EndsWith(" at", StringComparison.Ordinal) ? error[..^3] : error;
        return null;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionRegex();
}
