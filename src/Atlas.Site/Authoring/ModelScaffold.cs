using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Site.Model;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;

namespace Atlas.Site.Authoring;

/// <summary>What <c>atlas new</c> was asked to add: a model with its name, id, and what is known of the paper.</summary>
public sealed record NewModel(string Name, string Id, string? Arxiv, DateOnly Date, string? Family)
{
    /// <summary>The id was given with --id rather than made from the name: a clash asks for another --id.</summary>
    public bool IdGiven { get; init; }
}

/// <summary>
/// The text <c>atlas new</c> writes: the table row appended to models.yaml and the values the
/// archetype page is rendered with. What the contributor still has to fill in is marked
/// <see cref="Placeholder.Marker"/>, which the build reports as a warning until it is replaced.
/// </summary>
public static partial class ModelScaffold
{
    /// <summary>The family a row gets when none is given; marked as a placeholder so it is not kept by accident.</summary>
    public const string DefaultFamily = "fusion-encoder";

    public const int MaxNameLength = 100;

    /// <summary>Why a name cannot be a model's name, or null when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Trim().Length == 0) return "the name is empty";
        if (name.Any(char.IsControl)) return "the name contains a control character (a line break or tab?)";
        if (name.FirstOrDefault(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format) is var invisible and not '\0')
            return $"the name contains the invisible character U+{(int)invisible:X4} (it can reverse or hide text); type the name again";
        if (name.IndexOfAny(MarkupCharacters) is var markup and >= 0)
            return $"the name contains '{name[markup]}', which [[wiki links]], pages and atlas.bib cannot carry in a name";
        if (name.Trim().Length > MaxNameLength) return $"the name is longer than {MaxNameLength} characters";
        return null;
    }

    /// <summary>Characters of wiki-link syntax, HTML and BibTeX braces: a name holding one would break the next build.</summary>
    private static readonly char[] MarkupCharacters = ['[', ']', '|', '<', '>', '{', '}', '\\', '`'];

    /// <summary>
    /// The id a name gets: "BLIP-2" is blip-2, "Ünïcödé Módel" unicode-model (accents folded by
    /// Unicode decomposition). Empty when the name has no letter or digit to make one from.
    /// </summary>
    public static string IdFor(string name) => LiquidTemplates.Slug(AccentFolding.Fold(name.Trim()));

    /// <summary>The row as YAML lines in the style of models.yaml, every line ended by <paramref name="newline"/>.</summary>
    public static string Row(NewModel model, string newline)
    {
        var todo = Placeholder.Marker;
        var lines = new List<string>
        {
            $"- id: {model.Id}",
            $"  name: {Scalar(model.Name)}",
            $"  title: \"{todo} the paper's full title\"",
            "  authors: []",
        };
        if (model.Arxiv is not null) lines.Add($"  arxiv: \"{model.Arxiv}\"");
        lines.AddRange(
        [
            $"  date: {model.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            "  venue: null",
            "  org: []",
            model.Family is null ? $"  family: {DefaultFamily}  # {todo} {string.Join(" | ", Schema.Families)}" : $"  family: {model.Family}",
            $"  category: none  # {todo} ViLT taxonomy a | b | c | d, or none (the page then says why)",
            "  visual: null",
            "  detector: false",
            "  text: null",
            "  fusion: null",
            $"  objectives: []  # {todo} from {string.Join(", ", Schema.Objectives)}",
            "  params: null",
            "  pretrain_pairs: null",
            "  compute: null",
            "  builds_on: []",
            "  code: null",
            "  results: {}",
        ]);
        return string.Concat(lines.Select(line => line + newline));
    }

    /// <summary>
    /// What to append to a models.yaml holding <paramref name="existing"/> so that the row
    /// starts on a line of its own after one blank line, in the file's own line endings.
    /// Only appending keeps every byte before it (comments, order, formatting) as it was.
    /// </summary>
    public static string Appendix(string existing, NewModel model)
    {
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var separator = existing.Length == 0 ? ""
            : !existing.EndsWith('\n') ? newline + newline
            : existing.EndsWith(newline + newline, StringComparison.Ordinal) ? ""
            : newline;
        return separator + Row(model, newline);
    }

    /// <summary>The values the archetype (theme/archetypes/model.md, a Liquid template) is rendered with.</summary>
    public static Dictionary<string, object?> ArchetypeValues(NewModel model) => new(StringComparer.Ordinal)
    {
        ["id"] = model.Id,
        ["name"] = model.Name,
        ["arxiv"] = model.Arxiv,
        ["date"] = model.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["year"] = model.Date.Year,
        ["family"] = model.Family ?? DefaultFamily,
    };

    /// <summary>A YAML scalar for the value: plain when it reads back as the same text, else double-quoted.</summary>
    public static string Scalar(string value)
    {
        if (PlainSafe().IsMatch(value) && !new YamlScalar(value, false, default).IsNull) return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value) quoted.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 .+\-_/()]*(?<! )$")]
    private static partial Regex PlainSafe();
}

/// <summary>How text still to be written is marked in what <c>atlas new</c> creates.</summary>
public static class Placeholder
{
    public const string Marker = "TODO:";
}
